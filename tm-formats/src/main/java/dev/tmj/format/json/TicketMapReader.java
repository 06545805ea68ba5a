package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.format.tree.LocatedTreeReader;

import dev.tmj.format.ModelText;
import dev.tmj.gate.TicketLink;
import dev.tmj.model.SourceException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the file where {@code tmj sync} keeps each finding's ticket ({@code .tmj/tickets.json}, docs/tickets.md):
 * {@code {"tickets": {"<fingerprint>": {"key": "SEC-24", "open": true, "url": "https://…"}}}}. {@code tmj check}
 * reads it to name the tickets in its outputs. A malformed file is bad input, with file, line, column and path.
 */
public final class TicketMapReader {
    private TicketMapReader() {
    }

    /**
     * The tickets by fingerprint.
     *
     * @throws SourceException naming the file, line, column and path of the first problem
     */
    public static Map<String, TicketLink> read(Path file) {
        return read(ModelText.read(file), file.toString());
    }

    static Map<String, TicketLink> read(String text, String file) {
        BindErrors errors = new BindErrors(file);
        LocatedNode root = LocatedTreeReader.read(text, file, LocatedTreeReader.Syntax.JSON);
        LocatedNode tickets = root.is(LocatedNode.Kind.OBJECT) ? root.get("tickets") : null;
        if (tickets == null || !tickets.is(LocatedNode.Kind.OBJECT)) {
            throw errors.at(tickets == null ? root : tickets, "expected an object with \"tickets\": {fingerprint: "
                    + "{key, open, url}} (the file tmj sync writes)");
        }
        Map<String, TicketLink> map = new TreeMap<>();
        for (LocatedNode.Field f : tickets.fields()) {
            if (!f.key().matches("[0-9a-f]{16}")) {
                throw errors.at(f.line(), f.column(), LocatedNode.child(tickets.path(), f.key()),
                        "expected a finding's fingerprint (16 hexadecimal digits) as key, not \"" + f.key() + "\"");
            }
            LocatedNode t = f.value();
            if (!t.is(LocatedNode.Kind.OBJECT)) {
                throw errors.at(t, "expected an object with key, open and url, not " + t.describe());
            }
            map.put(f.key(), new TicketLink(string(t, "key", errors), string(t, "url", errors),
                    bool(t, "open", errors)));
        }
        return map;
    }

    private static String string(LocatedNode object, String key, BindErrors errors) {
        LocatedNode v = object.get(key);
        if (v == null || !v.is(LocatedNode.Kind.STRING) || v.text().isBlank()) {
            throw errors.at(v == null ? object : v, "expected \"" + key + "\" to be a non-empty string");
        }
        return v.text();
    }

    private static boolean bool(LocatedNode object, String key, BindErrors errors) {
        LocatedNode v = object.get(key);
        if (v == null || !v.is(LocatedNode.Kind.BOOLEAN)) {
            throw errors.at(v == null ? object : v, "expected \"" + key + "\" to be true or false");
        }
        return (Boolean) v.scalar();
    }
}
