package dev.tmj.format;

import dev.tmj.format.json.PytmJsonModelReader;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.format.script.PytmScriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        String text = text(file);
        String name = file.toString();
        return switch (kindOf(text)) {
            case TMJ -> TmjModelReader.read(text, name);
            case PYTM_JSON -> PytmJsonModelReader.read(text, name);
            case PYTM_SCRIPT -> PytmScriptReader.read(text, name, strict);
        };
    }

    public static Kind kindOf(String text) {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            return TMJ_JSON.matcher(trimmed).find() ? Kind.TMJ : Kind.PYTM_JSON;
        }
        if (TMJ_YAML.matcher(text).find() && !text.contains("from pytm") && !text.contains("import pytm")) {
            return Kind.TMJ;
        }
        return Kind.PYTM_SCRIPT;
    }

    private static String text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new SourceException(file.toString(), 0, 0, "no such file");
        } catch (CharacterCodingException e) {
            throw new SourceException(file.toString(), 0, 0, "not a UTF-8 text file");
        } catch (IOException e) {
            throw new SourceException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
    }
}
