package dev.tmj.format.threatdragon;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.SourcePosition;
import java.util.Optional;

/** Reading values of one file's located tree, each error with the file, line, column, path and what was expected. */
final class TreeValues {
    private final String file;

    TreeValues(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    SourceLocation location(LocatedNode node) {
        return new SourceLocation(file, node.line(), node.column());
    }

    SourceException error(LocatedNode node, String reason) {
        return new SourceException(SourcePosition.of(file, node.line(), node.column()).at(node.path()), reason);
    }

    void expect(LocatedNode node, LocatedNode.Kind kind, String what) {
        if (!node.is(kind)) {
            throw error(node, "expected " + what + ", got " + node.describe());
        }
    }

    /** The value of a key the object must have, of this kind. */
    LocatedNode required(LocatedNode object, String key, LocatedNode.Kind kind) {
        LocatedNode value = object.get(key);
        if (value == null) {
            throw error(object, "expected \"" + key + "\" (" + article(kind) + ")");
        }
        expect(value, kind, article(kind));
        return value;
    }

    String string(LocatedNode node) {
        expect(node, LocatedNode.Kind.STRING, "a string");
        return node.text();
    }

    /** A string the object may have; null counts as absent, as Threat Dragon writes it. */
    Optional<String> optionalString(LocatedNode object, String key) {
        LocatedNode value = object.get(key);
        return value == null || value.is(LocatedNode.Kind.NULL) ? Optional.empty() : Optional.of(string(value));
    }

    /** A boolean the object may have; absent and null are false. */
    boolean flag(LocatedNode object, String key) {
        LocatedNode value = object.get(key);
        if (value == null || value.is(LocatedNode.Kind.NULL)) {
            return false;
        }
        expect(value, LocatedNode.Kind.BOOLEAN, "true or false");
        return (Boolean) value.scalar();
    }

    /** A number (an integer or a decimal) of an object that must have it. */
    double number(LocatedNode object, String key) {
        LocatedNode value = object.get(key);
        if (value == null) {
            throw error(object, "expected \"" + key + "\" (a number)");
        }
        if (!value.is(LocatedNode.Kind.INTEGER) && !value.is(LocatedNode.Kind.DECIMAL)) {
            throw error(value, "expected a number, got " + value.describe());
        }
        return Double.parseDouble(value.scalar().toString());
    }

    private static String article(LocatedNode.Kind kind) {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
        };
    }
}
