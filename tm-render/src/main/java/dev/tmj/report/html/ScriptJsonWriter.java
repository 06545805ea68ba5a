package dev.tmj.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.format.json.EscapingJsonWriter;
import dev.tmj.report.html.ReportValues.FindingView;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The data that the HTML report's script reads, as JSON for a {@code <script type="application/json">} element:
 * per finding its filter values and its rank by each sort key. Besides JSON's own escapes, {@code <}, {@code >},
 * {@code &}, {@code '} and the line and paragraph separators are written as backslash-u escapes, so that no
 * string can close the element ({@code </script>}), open a comment ({@code <!--}) or be read as markup;
 * {@code JSON.parse} gives the same strings back.
 */
final class ScriptJsonWriter {
    /** Every control character but newline, return and tab as a backslash-u escape, {@code \b} and {@code \f} too. */
    private static final EscapingJsonWriter SCRIPT_SAFE = EscapingJsonWriter.escaping("\b\f<>&'\u2028\u2029", false);
    private static final String REPLACEMENT_ESCAPE = "\\ufffd";

    private ScriptJsonWriter() {
    }

    /**
     * A finding as the script sees it: its element's index ("" when the element is not in the model's element
     * list) and its place when the findings are sorted by status, STRIDE category, element or SID (severity sorts
     * by level).
     */
    record Row(FindingView finding, String element, int statusRank, int strideRank, int elementRank, int sidRank) {
    }

    /** Writes JSON values with a generator. */
    @FunctionalInterface
    interface ContentWriter {
        void writeTo(JsonGenerator g) throws IOException;
    }

    /** What the page's script reads: {@code {"version":1,"findings":[...]}}, compact. */
    static String findings(List<Row> rows) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("findings");
            for (Row row : rows) {
                write(row, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** JSON that is safe inside a script element, compact. */
    static String write(ContentWriter content) {
        TextWriter out = new TextWriter();
        try (JsonGenerator g = SCRIPT_SAFE.open(out)) {
            content.writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        String json = out.text.toString();
        return out.surrogates ? withoutLoneSurrogates(json) : json;
    }

    /**
     * Collects what the generator writes and notes whether a surrogate passed: the script's data of a large model
     * is hundreds of megabytes, and looking through all of it again for lone surrogates took a tenth of the HTML
     * report; most models have no character outside the Basic Multilingual Plane.
     */
    private static final class TextWriter extends Writer {
        private final StringBuilder text = new StringBuilder(1024);
        private boolean surrogates;

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
            if (!surrogates) {
                for (int i = off; i < off + len; i++) {
                    if (Character.isSurrogate(chars[i])) {
                        surrogates = true;
                        break;
                    }
                }
            }
        }

        @Override
        public void write(String s, int off, int len) {
            text.append(s, off, off + len);
            if (!surrogates) {
                for (int i = off; i < off + len; i++) {
                    if (Character.isSurrogate(s.charAt(i))) {
                        surrogates = true;
                        break;
                    }
                }
            }
        }

        @Override
        public void write(int c) {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static void write(Row row, JsonGenerator g) throws IOException {
        FindingView f = row.finding();
        g.writeStartObject();
        g.writeNumberField("n", f.number());
        g.writeStringField("id", f.id());
        g.writeStringField("sid", f.sid());
        g.writeStringField("target", f.element().name());
        g.writeStringField("element", row.element());
        g.writeStringField("severity", f.severity());
        g.writeNumberField("level", f.level());
        g.writeStringField("status", f.status());
        g.writeStringField("stride", f.strideKey());
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeStringField("risk", f.risk());
        g.writeStringField("cell", f.riskCell());
        g.writeObjectFieldStart("sort");
        g.writeNumberField("severity", f.level());
        g.writeNumberField("status", row.statusRank());
        g.writeNumberField("stride", row.strideRank());
        g.writeNumberField("element", row.elementRank());
        g.writeNumberField("sid", row.sidRank());
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * Jackson writes a surrogate without its pair as it is, and a UTF-8 page cannot carry one; it becomes the
     * escape of U+FFFD, the replacement character. Only strings can hold one, so the escape lands in a string.
     */
    private static String withoutLoneSurrogates(String json) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(json.length() + 16);
            }
            out.append(json, copied, i).append(REPLACEMENT_ESCAPE);
            copied = i + 1;
        }
        return out == null ? json : out.append(json, copied, json.length()).toString();
    }
}
