package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.format.tree.LocatedTreeReader;

import dev.tmj.format.ModelText;
import dev.tmj.gate.Gate;
import dev.tmj.gate.GateException;
import dev.tmj.model.SourceException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a project's {@code tmj.yaml} (docs/ci.md, docs/tmj-config.schema.json) with the readers' YAML parser:
 * located values, tmj's size limits, no aliases or tags. An unknown key is an error that names the closest known
 * key, a value of the wrong type one that says what was expected; each with file, line, column and path.
 */
public final class ProjectConfigReader {
    /**
     * The keys of the document, of {@code gate}, of {@code outputs} and of {@code sync}: what
     * docs/tmj-config.schema.json lists.
     */
    public static final Map<String, Set<String>> KEYS = Map.of(
            "", ordered("models", "threats", "exclude", "modelThreats", "strict", "gate", "baseline", "overlay",
                    "outputs", "history", "sync"),
            "gate", ordered("failOn", "failOnNew", "failOnRisk"),
            "outputs", ordered("json", "sarif", "junit", "gitlabCodequality", "summary"),
            "sync", ordered("to", "threshold", "tickets", "jiraUrl", "jiraProject", "jiraIssueType",
                    "jiraDoneTransition", "jiraDeployment", "githubRepo", "githubApi", "gitlabUrl", "gitlabProject"));
    /** The values of {@code sync.to}: the trackers of {@code tmj sync}. */
    public static final Set<String> SYNC_TARGETS = ordered("jira", "github", "gitlab");
    /** The values of {@code sync.jiraDeployment}. */
    public static final Set<String> JIRA_DEPLOYMENTS = ordered("cloud", "datacenter");
    /** The values of {@code modelThreats}. */
    public static final Set<String> MODEL_THREATS = ordered("forbid", "inside-repository");

    private final BindErrors errors;
    private final Path folder;

    private ProjectConfigReader(String file, Path folder) {
        this.errors = new BindErrors(file);
        this.folder = folder;
    }

    private static Set<String> ordered(String... keys) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }

    /**
     * Reads a configuration file; an empty one (or one of comments only) sets nothing.
     *
     * @throws SourceException naming the file, line, column and path of the first problem
     */
    public static ProjectConfig read(Path file) {
        return read(ModelText.read(file), file);
    }

    /**
     * Reads a configuration from text; {@code file} names it in errors and its folder is what relative paths are
     * relative to.
     *
     * @throws SourceException naming the file, line, column and path of the first problem
     */
    public static ProjectConfig read(String text, Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        ProjectConfigReader reader = new ProjectConfigReader(file.toString(), folder);
        if (ModelText.withoutBom(text).lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            return new ProjectConfig(file, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
                    Map.of());
        }
        return reader.bind(LocatedTreeReader.read(text, file.toString(), LocatedTreeReader.Syntax.YAML), file);
    }

    private ProjectConfig bind(LocatedNode root, Path file) {
        requireObject(root, "the configuration: an object of settings");
        checkKeys(root, "");
        List<Path> models = paths(root.get("models"));
        List<Path> threats = paths(root.get("threats"));
        // A built-in library's name (builtin:iac) is no path: kept as written, not resolved against the folder.
        List<LocatedNode> threatNodes = root.get("threats") == null ? List.of() : root.get("threats").items();
        for (int i = 0; i < threatNodes.size(); i++) {
            String written = string(threatNodes.get(i));
            if (written.startsWith(dev.tmj.threat.ThreatLibrary.BUILT_IN_PREFIX)) {
                threats.set(i, Path.of(written));
            }
        }
        List<String> exclude = strings(root.get("exclude"));
        Optional<String> modelThreats = Optional.ofNullable(root.get("modelThreats")).map(node -> {
            String value = string(node);
            if (!MODEL_THREATS.contains(value)) {
                throw errors.at(node, "expected one of " + String.join(", ", MODEL_THREATS) + ", not "
                        + node.describe() + BindErrors.suggestion(value, MODEL_THREATS));
            }
            return value;
        });
        Optional<Boolean> strict = Optional.ofNullable(root.get("strict")).map(this::bool);
        Optional<String> failOn = Optional.empty();
        Optional<Boolean> failOnNew = Optional.empty();
        Optional<String> failOnRisk = Optional.empty();
        LocatedNode gate = root.get("gate");
        if (gate != null) {
            requireObject(gate, "an object with failOn, failOnNew and failOnRisk");
            checkKeys(gate, "gate");
            failOn = Optional.ofNullable(gate.get("failOn")).map(this::severity);
            failOnNew = Optional.ofNullable(gate.get("failOnNew")).map(this::bool);
            failOnRisk = Optional.ofNullable(gate.get("failOnRisk")).map(this::riskLevel);
        }
        Optional<Path> baseline = Optional.ofNullable(root.get("baseline")).map(this::path);
        Optional<Path> overlay = Optional.ofNullable(root.get("overlay")).map(this::path);
        Map<String, Path> outputs = new LinkedHashMap<>();
        LocatedNode outputsNode = root.get("outputs");
        if (outputsNode != null) {
            requireObject(outputsNode, "an object of output files (" + String.join(", ", KEYS.get("outputs")) + ")");
            checkKeys(outputsNode, "outputs");
            outputsNode.fields().forEach(f -> outputs.put(f.key(), path(f.value())));
        }
        return new ProjectConfig(file, models, threats, exclude, modelThreats, strict, failOn, failOnNew, baseline,
                overlay, outputs, history(root.get("history")), sync(root.get("sync")), failOnRisk);
    }

    /**
     * {@code history}: true (the default SQLite file beside the configuration), false (none), a JDBC URL (kept as
     * written) or an SQLite file's path (resolved).
     */
    private Optional<String> history(LocatedNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.is(LocatedNode.Kind.BOOLEAN)) {
            return bool(node) ? Optional.of(folder.resolve(ProjectConfig.DEFAULT_HISTORY).toString()) : Optional.empty();
        }
        if (!node.is(LocatedNode.Kind.STRING)) {
            throw errors.at(node, "expected true, false, an SQLite file or a jdbc:postgresql:// URL, not "
                    + node.describe());
        }
        String value = string(node);
        return Optional.of(value.startsWith("jdbc:") ? value : path(node).toString());
    }

    /** {@code sync}: strings, {@code to} and {@code jiraDeployment} from their lists, a severity, a path. */
    private Map<String, String> sync(LocatedNode node) {
        Map<String, String> sync = new LinkedHashMap<>();
        if (node == null) {
            return sync;
        }
        requireObject(node, "an object of tmj sync's settings (" + String.join(", ", KEYS.get("sync")) + ")");
        checkKeys(node, "sync");
        for (LocatedNode.Field f : node.fields()) {
            String value = switch (f.key()) {
                case "to" -> oneOf(f.value(), SYNC_TARGETS);
                case "jiraDeployment" -> oneOf(f.value(), JIRA_DEPLOYMENTS);
                case "threshold" -> {
                    String text = severity(f.value());
                    if (Gate.threshold(text).isEmpty()) {
                        throw errors.at(f.value(), "expected a severity (very-high, high, medium, low, very-low, "
                                + "info), not none: tmj sync always has a threshold");
                    }
                    yield text;
                }
                case "tickets" -> path(f.value()).toString();
                default -> string(f.value());
            };
            sync.put(f.key(), value);
        }
        return sync;
    }

    private String oneOf(LocatedNode node, Set<String> values) {
        String value = string(node);
        if (!values.contains(value)) {
            throw errors.at(node, "expected one of " + String.join(", ", values) + ", not " + node.describe()
                    + BindErrors.suggestion(value, values));
        }
        return value;
    }

    private void checkKeys(LocatedNode object, String section) {
        Set<String> known = KEYS.get(section);
        for (LocatedNode.Field field : object.fields()) {
            if (!known.contains(field.key())) {
                throw errors.at(field.line(), field.column(), LocatedNode.child(object.path(), field.key()),
                        "unknown key \"" + field.key() + "\"" + BindErrors.suggestion(field.key(), known)
                                + " (known " + (section.isEmpty() ? "" : "in " + section + " ") + "keys: "
                                + String.join(", ", known) + ")");
            }
        }
    }

    private void requireObject(LocatedNode node, String expected) {
        if (!node.is(LocatedNode.Kind.OBJECT)) {
            throw errors.at(node, "expected " + expected + ", not " + node.describe());
        }
    }

    private String severity(LocatedNode node) {
        String text = string(node);
        try {
            Gate.threshold(text);
        } catch (GateException e) {
            throw errors.at(node, e.getMessage());
        }
        return text;
    }

    private String riskLevel(LocatedNode node) {
        String text = string(node);
        try {
            Gate.riskThreshold(text);
        } catch (GateException e) {
            throw errors.at(node, e.getMessage());
        }
        return text;
    }

    private Boolean bool(LocatedNode node) {
        if (!node.is(LocatedNode.Kind.BOOLEAN)) {
            throw errors.at(node, "expected true or false, not " + node.describe());
        }
        return (Boolean) node.scalar();
    }

    private String string(LocatedNode node) {
        if (!node.is(LocatedNode.Kind.STRING) || node.text().isBlank()) {
            throw errors.at(node, "expected a non-empty string, not " + node.describe());
        }
        return node.text();
    }

    private List<String> strings(LocatedNode node) {
        if (node == null) {
            return List.of();
        }
        if (!node.is(LocatedNode.Kind.ARRAY)) {
            throw errors.at(node, "expected a list of strings, not " + node.describe());
        }
        List<String> values = new ArrayList<>();
        for (LocatedNode item : node.items()) {
            values.add(string(item));
        }
        return values;
    }

    private List<Path> paths(LocatedNode node) {
        if (node == null) {
            return List.of();
        }
        if (!node.is(LocatedNode.Kind.ARRAY)) {
            throw errors.at(node, "expected a list of file paths, not " + node.describe());
        }
        List<Path> values = new ArrayList<>();
        for (LocatedNode item : node.items()) {
            values.add(path(item));
        }
        return values;
    }

    /** A path, relative to the configuration file's folder. */
    private Path path(LocatedNode node) {
        String text = string(node);
        try {
            return folder.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw errors.at(node, "not a file path (" + e.getReason() + ")");
        }
    }
}
