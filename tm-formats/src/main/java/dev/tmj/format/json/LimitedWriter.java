package dev.tmj.format.json;

import dev.tmj.model.ModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that refuses, with a {@link ModelException}, text that tmj's readers would refuse: more than
 * {@link ReadLimits#MAX_FILE_BYTES} bytes of UTF-8, or for YAML a line longer than
 * {@link ReadLimits#MAX_YAML_LINE_CHARS}. It checks as the text goes by, so a model too large to save fails
 * before the whole text is built; callers that write files write atomically, so nothing half written stays.
 */
final class LimitedWriter extends Writer {
    private final Writer out;
    private final String format;
    private final boolean yaml;
    private long bytes;
    private int lineLength;
    private int line = 1;

    private LimitedWriter(Writer out, String format, boolean yaml) {
        this.out = out;
        this.format = format;
        this.yaml = yaml;
    }

    static Writer json(Writer out) {
        return new LimitedWriter(out, "JSON", false);
    }

    static Writer yaml(Writer out) {
        return new LimitedWriter(out, "YAML", true);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            count(chars[i]);
        }
        out.write(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            count(text.charAt(i));
        }
        out.write(text, offset, length);
    }

    @Override
    public void write(int c) throws IOException {
        count((char) c);
        out.write(c);
    }

    private void count(char c) {
        // a surrogate pair is 4 bytes of UTF-8, 2 for each half
        bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        if (bytes > ReadLimits.MAX_FILE_BYTES) {
            throw new ModelException("the model is too large to save as " + format + ": more than "
                    + ReadLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB, the most tmj reads back");
        }
        if (yaml && ReadLimits.isYamlLineBreak(c)) {
            line += c == '\r' ? 0 : 1;
            lineLength = 0;
        } else if (yaml && ++lineLength > ReadLimits.MAX_YAML_LINE_CHARS) {
            throw new ModelException("the model cannot be saved as YAML: line " + line + " would be longer than "
                    + ReadLimits.MAX_YAML_LINE_CHARS + " characters, the most tmj reads back in YAML"
                    + " (a value with a very long line); save it as JSON");
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
