package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;

import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.SourcePosition;
import dev.tmj.model.Suggestions;
import java.util.Collection;

/**
 * The error reporting {@link ModelBinder} and its helpers share: every problem is a {@link SourceException} with the
 * file, line, column and path of the value at fault.
 */
final class BindErrors {
    private final String file;

    BindErrors(String file) {
        this.file = file;
    }

    /** Where a node is in the file. */
    SourceLocation location(LocatedNode node) {
        return new SourceLocation(file, node.line(), node.column());
    }

    /** A problem with the value of a node. */
    SourceException at(LocatedNode at, String reason) {
        return at(at.line(), at.column(), at.path(), reason);
    }

    /** A problem at a position and path of the file. */
    SourceException at(int line, int column, String path, String reason) {
        return new SourceException(SourcePosition.of(file, line, column).at(path), reason);
    }

    /** "; did you mean ...?" with the candidate closest to a wrong name, or nothing. */
    static String suggestion(String wrong, Collection<String> candidates) {
        return Suggestions.closest(wrong, candidates).map(BindErrors::didYouMean).orElse("");
    }

    /** "; did you mean ...?" with a spelling the model suggested. */
    static String didYouMean(String suggestion) {
        return "; did you mean \"" + suggestion + "\"?";
    }
}
