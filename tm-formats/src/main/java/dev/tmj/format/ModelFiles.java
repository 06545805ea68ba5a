package dev.tmj.format;

import dev.tmj.format.json.PytmJsonModelReader;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.format.otm.OtmReader;
import dev.tmj.format.threagile.ThreagileReader;
import dev.tmj.model.Model;
import dev.tmj.format.script.PytmScriptReader;
import dev.tmj.format.threatdragon.ThreatDragonReader;
import dev.tmj.model.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a model of any supported kind, chosen by content rather than by extension: tmj's own JSON or
 * YAML (a {@code tmj} version key), another tool's model (an Open Threat Model document: {@code otmVersion}; a
 * Threagile model: {@code threagile_version}; docs/interchange.md), pytm's JSON input format (any other JSON object),
 * a pytm model script, or
 * infrastructure code ({@link IacInputs}: a folder of Terraform and Kubernetes manifests, a {@code .tf} file's folder,
 * a Kubernetes manifest file). Several infrastructure-code inputs make one model ({@link #read(List, boolean)}).
 * A JSON object with a {@code summary} and {@code detail.diagrams} is an OWASP Threat Dragon model
 * ({@link dev.tmj.format.threatdragon.ThreatDragonReader}).
 */
public final class ModelFiles {
    private static final Pattern TMJ_YAML = Pattern.compile("(?m)^tmj\\s*:");
    private static final Pattern TMJ_JSON = Pattern.compile("^\\s*\\{\\s*\"tmj\"\\s*:");
    /** A JSON object with the key {@code otmVersion} (not inside a string: no backslash before its quote). */
    private static final Pattern OTM_JSON = Pattern.compile("(?<!\\\\)\"otmVersion\"\\s*:");
    private static final Pattern OTM_YAML = Pattern.compile("(?m)^otmVersion\\s*:");
    private static final Pattern THREAGILE_YAML = Pattern.compile("(?m)^threagile_version\\s*:");

    /**
     * The words whose absence decides a JSON text (the keys {@code "otmVersion"}, {@code "diagrams"} and the file
     * kinds' words): found in one pass, where a search for each read a large model once per word.
     */
    private static final WordSearch JSON_WORDS = new WordSearch(
            with(IacInputs.WORDS, "\"otmVersion\"", "\"diagrams\""));
    /** The same for any other text: a script's import, the YAML formats' version keys, the file kinds' words. */
    private static final WordSearch TEXT_WORDS = new WordSearch(
            with(IacInputs.WORDS, "from pytm", "import pytm", "otmVersion", "threagile_version"));

    /** The kinds of model tmj reads. */
    public enum Kind {
        TMJ, PYTM_JSON, PYTM_SCRIPT,
        /** Infrastructure code: one of {@link IacInputs#FILE_KINDS} detects the text. */
        IAC,
        /** An Open Threat Model document: a JSON object (or YAML mapping) with {@code otmVersion}. */
        OTM,
        /** A Threagile model: YAML with {@code threagile_version}. */
        THREAGILE,
        /** A model OWASP Threat Dragon saved (version 2 JSON). */
        THREAT_DRAGON
    }

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
        return read(List.of(file), strict);
    }

    /**
     * Reads several inputs as one model. One input is read as {@link #read(Path, boolean)} reads it; several must all be
     * infrastructure code (folders, {@code .tf} files, manifests), and combine: Terraform for the cloud plus
     * manifests for the cluster make one model, named after the inputs. A hand-written model (tmj or pytm) is read
     * alone, or given as an overlay.
     * <p>
     * The readers' notes (a remote module not followed, a data source not fetched, an unrendered Helm chart) become
     * the model's {@linkplain Model#warnings() warnings}; with {@code strict} they are errors instead.
     *
     * @throws dev.tmj.model.SourceException for an input that is not a model, or the first error of a reader, with
     *     file, line and column (HCL and YAML syntax errors, objects without a name ...)
     */
    public static Model read(List<Path> inputs, boolean strict) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input");
        }
        if (inputs.size() == 1 && !isIacPath(inputs.get(0))) {
            String text = ModelText.read(inputs.get(0));
            Kind kind = kindOf(text);
            if (kind != Kind.IAC) {
                return parse(text, kind, inputs.get(0).toString(), strict);
            }
        }
        Model model = Model.named(nameOf(inputs));
        IacInputs.addTo(model, inputs, strict);
        return model;
    }

    /** Whether a path is infrastructure code by what it is, before its content is read: a folder, a .tf file. */
    private static boolean isIacPath(Path path) {
        return Files.isDirectory(path)
                || path.getFileName() != null && path.getFileName().toString().endsWith(".tf");
    }

    /** A model of IaC inputs is named after them: {@code infra}, {@code infra + k8s}. */
    private static String nameOf(List<Path> inputs) {
        List<String> names = new ArrayList<>();
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            Path named = Files.isDirectory(absolute) || absolute.getParent() == null ? absolute
                    : absolute.toString().endsWith(".tf") ? absolute.getParent() : absolute;
            String name = named.getFileName() == null ? named.toString() : named.getFileName().toString();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(" + ", names);
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
        String text = ModelText.of(content, displayName);
        return parse(text, kindOf(text), displayName, strict);
    }

    /** The text read by the reader of its kind (looked at once: detecting a kind scans a large model's text). */
    private static Model parse(String text, Kind kind, String name, boolean strict) {
        return switch (kind) {
            case TMJ -> TmjModelReader.read(text, name);
            case OTM -> OtmReader.read(text, name);
            case THREAGILE -> ThreagileReader.read(text, name);
            case PYTM_JSON -> PytmJsonModelReader.read(text, name);
            case PYTM_SCRIPT -> PytmScriptReader.read(text, name, strict);
            case THREAT_DRAGON -> ThreatDragonReader.read(text, name);
            case IAC -> throw new SourceException(name, 0, 0, "infrastructure code is read from a file or folder, "
                    + "not from content alone: import it first (tmj import " + name + " --out model.yaml)");
        };
    }

    /** The kind of model a text is; a leading byte order mark is skipped. */
    public static Kind kindOf(String text) {
        String body = ModelText.withoutBom(text);
        String trimmed = body.stripLeading();
        // Each pattern is tried only when its key word is in the text: a plain search, where a pattern would try
        // every position of a model of megabytes that is none of these formats.
        if (trimmed.startsWith("{")) {
            WordSearch.Found words = JSON_WORDS.in(trimmed);
            boolean tmj = TMJ_JSON.matcher(trimmed).find();
            if (!tmj && words.contains("\"otmVersion\"") && OTM_JSON.matcher(trimmed).find()) {
                return Kind.OTM;
            }
            // isThreatDragon reads nothing else of a text without "diagrams", and looks for it more slowly
            if (words.contains("\"diagrams\"") && ThreatDragonReader.isThreatDragon(trimmed)) {
                return Kind.THREAT_DRAGON;
            }
            return tmj ? Kind.TMJ : IacInputs.kindOf(trimmed, words).isPresent() ? Kind.IAC : Kind.PYTM_JSON;
        }
        WordSearch.Found words = TEXT_WORDS.in(body);
        if (words.contains("from pytm") || words.contains("import pytm")) {
            return Kind.PYTM_SCRIPT;
        }
        if (words.contains("otmVersion") && OTM_YAML.matcher(body).find()) {
            return Kind.OTM;
        }
        // "tmj" is not among the words: too short to move a search far, and near the start of a tmj model
        boolean tmj = body.contains("tmj") && TMJ_YAML.matcher(body).find();
        if (!tmj && words.contains("threagile_version") && THREAGILE_YAML.matcher(body).find()) {
            return Kind.THREAGILE;
        }
        if (tmj) {
            return Kind.TMJ;
        }
        return IacInputs.kindOf(body, words).isPresent() ? Kind.IAC : Kind.PYTM_SCRIPT;
    }

    private static List<String> with(List<String> words, String... more) {
        List<String> all = new ArrayList<>(words);
        all.addAll(List.of(more));
        return all;
    }
}
