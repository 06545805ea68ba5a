package dev.tmj.format.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * A {@link LocatedNode} as compact JSON text, in document order: how the interchange readers keep a part of another
 * tool's document that tmj does not use (OTM representations, unknown fields) in one scalar extra attribute, which
 * tmj's own format can hold and the tool's writer copies back.
 */
public final class LocatedJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private LocatedJsonWriter() {
    }

    /** The node as JSON text without spaces or line breaks. */
    public static String toJson(LocatedNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** A string as a JSON string literal. */
    public static String quote(String text) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(LocatedNode node, JsonGenerator g) throws IOException {
        switch (node.kind()) {
            case OBJECT -> {
                g.writeStartObject();
                for (LocatedNode.Field field : node.fields()) {
                    g.writeFieldName(field.key());
                    write(field.value(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (LocatedNode item : node.items()) {
                    write(item, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.text());
            case INTEGER -> {
                if (node.scalar() instanceof Long l) {
                    g.writeNumber(l);
                } else {
                    g.writeNumber((BigInteger) node.scalar());
                }
            }
            case DECIMAL -> g.writeNumber((String) node.scalar());
            case BOOLEAN -> g.writeBoolean((Boolean) node.scalar());
            case NULL -> g.writeNull();
        }
    }
}
