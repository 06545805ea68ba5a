package dev.tmj.format.json;

/**
 * How much of a model tmj reads, shared by every reader and by {@link TmjModelWriter}, so that what tmj writes it
 * can read back. A model file from a pull request is untrusted: each limit is checked before the reader allocates
 * or scans in proportion to it, and exceeding one is a {@link dev.tmj.model.SourceException} naming the position.
 */
public final class ReadLimits {
    /**
     * The most bytes a model file of any kind may have (64 MiB): a 100,000-element model in tmj YAML is about
     * 4 MB, and pytm JSON of 50,000 flows about 20 MB.
     */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    /**
     * The longest line a YAML model may have, in characters. SnakeYAML (behind Jackson's YAML parser) copies its
     * window from the start of the current token every 1,024 characters read, so one token of n characters costs
     * about n²/2,048 copies: 17 s for a 4 MB scalar. A token never spans a line break where this matters (plain,
     * quoted and block scalars and comments are scanned line by line), so bounding lines bounds the whole scan to
     * {@code MAX_FILE_BYTES * MAX_YAML_LINE_CHARS / 2048} copies (docs/performance.md). JSON has no such limit.
     */
    public static final int MAX_YAML_LINE_CHARS = 8 * 1024;

    /** How deep objects and lists may nest in a JSON or YAML model (tmj's own format needs 4 levels). */
    public static final int MAX_DEPTH = 100;

    private ReadLimits() {
    }

    /** Whether a character ends a line for YAML (SnakeYAML counts all of these). */
    public static boolean isYamlLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The message for a file over {@link #MAX_FILE_BYTES}. */
    public static String fileTooLarge() {
        return "the model file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                + " MiB, the most tmj reads; split the model or leave out what it does not need";
    }

    /** The message for a YAML line over {@link #MAX_YAML_LINE_CHARS}. */
    public static String yamlLineTooLong() {
        return "a line of the YAML model is longer than " + MAX_YAML_LINE_CHARS
                + " characters, the most tmj reads in YAML (YAML scanning slows down with the square of a line's"
                + " length); break the text over several lines (a | block), or write the model as JSON";
    }
}
