package dev.tmj.format;

import dev.tmj.format.json.PytmJsonModelReader;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.model.Model;
import dev.tmj.format.script.PytmScriptReader;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads a model file of any supported kind, chosen by content rather than by extension: tmj's own JSON or
 * YAML (a {@code tmj} version key), pytm's JSON input format (any other JSON object), or a pytm model script.
 */
public final class ModelFiles {
    private static final Pattern TMJ_YAML = Pattern.compile("(?m)^tmj\\s*:");
    private static final Pattern TMJ_JSON = Pattern.compile("^\\s*\\{\\s*\"tmj\"\\s*:");

    /** The kinds of model tmj reads. */
    public enum Kind { TMJ, PYTM_JSON, PYTM_SCRIPT }

    private ModelFiles() {
    }

    /**
     * Reads a model file, as {@link ModelText} gives its text.
     *
     * @throws dev.tmj.model.SourceException naming the file, line and column of the first problem
     */
    public static Model read(Path file) {
        return read(file, false);
    }

    /**
     * Reads a model file; with {@code strict} (the command line's {@code --strict}), what a reader would warn
     * about an attribute pytm does not define is an error instead. Only pytm scripts can set such attributes:
     * tmj's and pytm's JSON readers refuse unknown keys in any mode.
     *
     * @throws dev.tmj.model.SourceException the first error, carrying all of them when the reader collects
     *     several ({@link dev.tmj.model.SourceException#errors()})
     */
    public static Model read(Path file, boolean strict) {
        return parse(ModelText.read(file), file.toString(), strict);
    }

    /**
     * Reads a model given as bytes rather than a file (what {@code tmj diff} reads from git), with the checks and
     * readers a file gets; errors name {@code displayName} ({@code origin/main:tm.py}). A pytm script that names
     * other files (its {@code threatsFile}, {@code sourceFiles}) names them as it would from a file called
     * {@code displayName}: what the caller does with them is the caller's choice.
     *
     * @throws dev.tmj.model.SourceException as {@link #read(Path, boolean)}
     */
    public static Model read(String displayName, byte[] content, boolean strict) {
        return parse(ModelText.of(content, displayName), displayName, strict);
    }

    private static Model parse(String text, String name, boolean strict) {
        return switch (kindOf(text)) {
            case TMJ -> TmjModelReader.read(text, name);
            case PYTM_JSON -> PytmJsonModelReader.read(text, name);
            case PYTM_SCRIPT -> PytmScriptReader.read(text, name, strict);
        };
    }

    /** The kind of model a text is; a leading byte order mark is skipped. */
    public static Kind kindOf(String text) {
        String body = ModelText.withoutBom(text);
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{")) {
            return TMJ_JSON.matcher(trimmed).find() ? Kind.TMJ : Kind.PYTM_JSON;
        }
        if (TMJ_YAML.matcher(body).find() && !body.contains("from pytm") && !body.contains("import pytm")) {
            return Kind.TMJ;
        }
        return Kind.PYTM_SCRIPT;
    }
}
