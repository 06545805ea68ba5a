package dev.tmj.format.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Jackson JSON generators for JSON that something besides a JSON parser reads: chosen characters, which JSON
 * allows as they are, are written as backslash-u escapes with lower-case hex digits ({@code \u007f}), field names
 * included. pytm's {@code --json} output escapes as Python's {@code json.dumps(ensure_ascii=True)} does; the data
 * inside the HTML report's {@code <script>} element escapes what an HTML parser would read as markup.
 *
 * <p>A control character listed replaces JSON's short escape ({@code \b}) with the long one ({@code \u0008});
 * {@code "} and {@code \} always keep their short escapes. The generators never close their target.
 */
public final class EscapingJsonWriter extends CharacterEscapes {
    private final int[] asciiEscapes = standardAsciiEscapesForJSON();
    private final char[] others;
    private final SerializableString[] otherEscapes;
    private final JsonFactory factory;

    private EscapingJsonWriter(String characters, boolean allNonAscii) {
        StringBuilder nonAscii = new StringBuilder();
        for (char c : characters.toCharArray()) {
            if (c < 128) {
                asciiEscapes[c] = ESCAPE_STANDARD;
            } else {
                nonAscii.append(c);
            }
        }
        others = nonAscii.toString().toCharArray();
        otherEscapes = new SerializableString[others.length];
        for (int i = 0; i < others.length; i++) {
            otherEscapes[i] = new SerializedString(String.format("\\u%04x", (int) others[i]));
        }
        JsonFactoryBuilder builder = new JsonFactoryBuilder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                .characterEscapes(this);
        // Jackson's UTF-8 output escapes a surrogate pair unless told to combine it, where character output keeps it.
        factory = (allNonAscii ? builder.enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                : builder.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)).build();
    }

    /**
     * Generators that escape these characters besides those JSON must escape.
     *
     * @param characters the characters to write as backslash-u escapes
     * @param allNonAscii whether every character above U+007F is escaped too (a character beyond the BMP as its
     *     two surrogates, as Python writes it); otherwise such characters are written as they are, in UTF-8
     */
    public static EscapingJsonWriter escaping(String characters, boolean allNonAscii) {
        return new EscapingJsonWriter(characters, allNonAscii);
    }

    /** A generator writing UTF-8 bytes to the stream, buffered until flushed. */
    public JsonGenerator open(OutputStream out) throws IOException {
        return factory.createGenerator(out, JsonEncoding.UTF8);
    }

    /** A generator writing characters. */
    public JsonGenerator open(Writer out) throws IOException {
        return factory.createGenerator(out);
    }

    /**
     * tmj's indented JSON, for files people read and diff (the model format, the CI outputs): two spaces per level,
     * one value per line, {@code "key": value}, {@code {}} and {@code []} for empty containers, {@code \n} line
     * breaks on every platform. A new printer each time: Jackson's printers keep the nesting level.
     */
    public static DefaultPrettyPrinter twoSpaceIndent() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    /** Jackson asks only for characters above U+007F that {@code allNonAscii} did not already escape. */
    @Override
    public SerializableString getEscapeSequence(int ch) {
        for (int i = 0; i < others.length; i++) {
            if (others[i] == ch) {
                return otherEscapes[i];
            }
        }
        return null;
    }
}
