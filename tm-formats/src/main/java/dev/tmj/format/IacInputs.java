package dev.tmj.format;

import dev.tmj.iac.cloudformation.CloudFormationModel;
import dev.tmj.iac.cloudformation.CloudFormationTemplate;
import dev.tmj.iac.kubernetes.KubernetesManifests;
import dev.tmj.iac.kubernetes.KubernetesModel;
import dev.tmj.iac.terraform.TerraformModel;
import dev.tmj.iac.terraform.plan.TerraformPlan;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.PositionedException;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of infrastructure code tmj reads as a model, and how several inputs become one model: the one registry
 * of IaC inputs (each kind: detected by content, read, added to the model). {@link ModelFiles} uses it for every
 * input that is a folder, a {@code .tf} file, or a file whose content one of {@link #FILE_KINDS} detects.
 * <p>
 * A folder contributes the Terraform root modules in it and below it ({@link TerraformFolders}) and every file in it
 * and below it that a file kind detects; {@code .git}, {@code .terraform} and the local modules a root calls are
 * skipped, a Helm chart's folder becomes one note. Inputs combine: all Terraform roots first (in input order), then
 * each file kind with all of its files at once (a Kubernetes namespace's NetworkPolicy in one file covers its
 * workloads in another), so the model is the same whichever way the files are grouped into inputs.
 */
final class IacInputs {
    /** A file kind's way of adding all of its files to a model; notes go to {@code notes}. */
    @FunctionalInterface
    interface Adder {
        void addTo(Model model, List<Path> files, List<ModelWarning> notes) throws IOException;
    }

    /** One kind of infrastructure-code file: its name, how its content is recognised, how it is added. */
    record FileKind(String name, Detector detects, Adder adder) {
    }

    /** Whether a text is of a kind, told which of {@link #WORDS} it contains (searched for once for all kinds). */
    @FunctionalInterface
    interface Detector {
        boolean detects(String text, WordSearch.Found words);
    }

    /**
     * The words each kind looks for first, in one search of the text for all kinds (a text without a kind's words
     * is not of that kind): a plain search, while a multi-line pattern tries every position of a model of megabytes
     * that is no infrastructure code (a 50,000-flow pytm JSON model spent 4% of its run in the patterns).
     */
    static final List<String> WORDS = List.of("\"format_version\"", "AWSTemplateFormatVersion", "Resources",
            "apiVersion");
    private static final WordSearch SEARCH = new WordSearch(WORDS);

    private static final Pattern K8S_YAML = Pattern.compile("(?m)^apiVersion\\s*:");
    private static final Pattern K8S_KIND = Pattern.compile("(?m)^kind\\s*:");
    private static final Pattern K8S_BODY = Pattern.compile("(?m)^(?:metadata|items)\\s*:");
    private static final Pattern K8S_JSON = Pattern.compile("\"apiVersion\"\\s*:[\\s\\S]*\"kind\"\\s*:"
            + "|\"kind\"\\s*:[\\s\\S]*\"apiVersion\"\\s*:");

    /**
     * Kubernetes manifests (plain or {@code helm template} output): top-level {@code apiVersion}, {@code kind} and
     * {@code metadata} (or a List's {@code items}); a Kustomization, which has no metadata, is not one.
     */
    static final FileKind KUBERNETES = new FileKind("Kubernetes manifests", IacInputs::isKubernetes,
            IacInputs::addKubernetes);

    /**
     * Every kind of file, tried in this order on a file's text; the first that detects it reads it: Terraform plans
     * ({@code terraform show -json}), CloudFormation and SAM templates, Kubernetes manifests. A new kind is one
     * entry here.
     * A kind's errors are {@link SourceException}s with file, line and column; its notes become the model's warnings.
     */
    static final List<FileKind> FILE_KINDS = List.of(
            // looksLike reads nothing else of a text without "format_version", and looks for it more slowly
            new FileKind("Terraform plan", (text, words) -> words.contains("\"format_version\"")
                    && TerraformPlan.looksLike(text), eachFile((model, file) ->
                    TerraformModel.addTo(model, TerraformPlan.read(file)))),
            new FileKind("CloudFormation template", IacInputs::isCloudFormation, IacInputs::addCloudFormation),
            KUBERNETES);

    private static final Pattern CFN_VERSION = Pattern.compile("(?m)^\\s*\"?AWSTemplateFormatVersion\"?\\s*:");
    private static final Pattern CFN_RESOURCES = Pattern.compile("(?m)^\\s*\"?Resources\"?\\s*:");
    private static final Pattern CFN_TYPE = Pattern.compile("\"?Type\"?\\s*:\\s*['\"]?(AWS|Alexa|Custom)::");

    /** Folders never looked into: version control, Terraform's downloads. */
    private static final List<String> SKIPPED = List.of(".git", ".terraform");

    private IacInputs() {
    }

    /** The file kind that detects this text, if any. */
    static Optional<FileKind> kindOf(String text) {
        return kindOf(text, SEARCH.in(text));
    }

    /** The same, for a text already searched for (at least) {@link #WORDS}. */
    static Optional<FileKind> kindOf(String text, WordSearch.Found words) {
        for (FileKind kind : FILE_KINDS) {
            if (kind.detects().detects(text, words)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** A kind read one file at a time. */
    static Adder eachFile(OneFile reader) {
        return (model, files, notes) -> {
            for (Path file : files) {
                reader.addTo(model, file);
            }
        };
    }

    /** Reads one file of a kind and adds it to the model. */
    @FunctionalInterface
    interface OneFile {
        void addTo(Model model, Path file) throws IOException;
    }

    /**
     * Adds infrastructure-code inputs to a model, as one model.
     *
     * @param inputs folders, {@code .tf} files (their folder is the root module) or files a kind detects
     * @param strict whether a reader's notes (remote modules not followed, data sources not fetched, unrendered Helm
     *     templates) are errors rather than warnings
     * @throws SourceException for an input that is no infrastructure code, or what a reader refuses, positioned
     */
    static void addTo(Model model, List<Path> inputs, boolean strict) {
        TerraformFolders terraform = new TerraformFolders();
        Map<FileKind, List<Path>> files = new LinkedHashMap<>();
        FILE_KINDS.forEach(kind -> files.put(kind, new ArrayList<>()));
        List<ModelWarning> notes = new ArrayList<>();
        try {
            for (Path input : inputs) {
                if (Files.isDirectory(input)) {
                    walk(input, terraform, files, notes);
                } else if (input.getFileName() != null && input.getFileName().toString().endsWith(".tf")) {
                    terraform.addRoot(input.toAbsolutePath().normalize().getParent());
                } else {
                    String text = ModelText.read(input);
                    FileKind kind = kindOf(text).orElseThrow(() -> new SourceException(input.toString(), 0, 0,
                            "not infrastructure code tmj reads (a Terraform folder or plan, Kubernetes manifests, a CloudFormation "
                                    + "template): give a "
                                    + "tmj or pytm model alone, or as --overlay"));
                    files.get(kind).add(input);
                }
            }
            terraform.read();
            terraform.addTo(model, notes);
            for (Map.Entry<FileKind, List<Path>> kind : files.entrySet()) {
                List<Path> outsideModules = kind.getValue().stream().filter(f -> !terraform.inModule(f)).toList();
                if (!outsideModules.isEmpty()) {
                    kind.getKey().adder().addTo(model, outsideModules, notes);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new SourceException(inputs.get(0).toString(), 0, 0, "cannot read the infrastructure code: "
                    + cause.getClass().getSimpleName().replace("Exception", "") + " " + cause.getMessage());
        }
        if (strict && !notes.isEmpty()) {
            List<SourceException> errors = notes.stream().map(n -> new SourceException(n.location().file(),
                    n.location().line(), n.location().column(), n.message() + " (refused by --strict)")).toList();
            List<SourceException> first = errors.subList(0, Math.min(errors.size(), PositionedException.MAX_ERRORS));
            throw PositionedException.collect(first, errors.size() > first.size());
        }
        notes.forEach(model::warn);
    }

    /**
     * A folder, in name order, depth first: Terraform roots, files a kind detects; {@code .git}, {@code .terraform}
     * and Helm charts' own folders (one note each) are not entered.
     */
    private static void walk(Path folder, TerraformFolders terraform, Map<FileKind, List<Path>> files,
            List<ModelWarning> notes) throws IOException {
        if (Files.isRegularFile(folder.resolve("Chart.yaml"))) {
            KubernetesManifests.read(folder).notes().forEach(n -> notes.add(note(n)));
            return;
        }
        List<Path> entries;
        try (var list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        boolean terraformRoot = false;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                continue;
            }
            if (name.endsWith(".tf") && !terraformRoot) {
                terraform.addRoot(folder.toAbsolutePath().normalize());
                terraformRoot = true;
            } else if (isCandidate(name) && Files.isRegularFile(entry)) {
                String text = ModelText.read(entry);
                kindOf(text).ifPresent(kind -> files.get(kind).add(entry));
            }
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry) && !SKIPPED.contains(entry.getFileName().toString())) {
                walk(entry, terraform, files, notes);
            }
        }
    }

    /** Files a kind may detect: YAML and JSON; anything else in an infrastructure folder is not looked at. */
    private static boolean isCandidate(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Each pattern is tried only when the words it needs are in the text ({@link #WORDS}). */
    private static boolean isKubernetes(String text, WordSearch.Found words) {
        if (!words.contains("apiVersion") || !text.contains("kind")) {
            return false;
        }
        if (text.stripLeading().startsWith("{")) {
            return K8S_JSON.matcher(text).find();
        }
        return K8S_YAML.matcher(text).find() && K8S_KIND.matcher(text).find() && K8S_BODY.matcher(text).find();
    }

    /**
     * CloudFormation and SAM templates: a top-level {@code AWSTemplateFormatVersion}, or {@code Resources} with a
     * resource {@code Type} of an AWS namespace.
     */
    private static boolean isCloudFormation(String text, WordSearch.Found words) {
        // the words first, as for Kubernetes: a quick scan before a pattern that tries every position
        return words.contains("AWSTemplateFormatVersion") && CFN_VERSION.matcher(text).find()
                || words.contains("Resources") && text.contains("::")
                        && CFN_RESOURCES.matcher(text).find() && CFN_TYPE.matcher(text).find();
    }

    /** Each template on its own (they share the AWS account's boundary by name); its notes become warnings. */
    private static void addCloudFormation(Model model, List<Path> files, List<ModelWarning> notes) {
        for (Path file : files) {
            CloudFormationTemplate template = CloudFormationTemplate.read(file);
            template.notes().forEach(n -> notes.add(note(n)));
            CloudFormationModel.addTo(model, template);
        }
    }

    /** Every manifest file as one set, so that a mapping sees all of a namespace's objects together. */
    private static void addKubernetes(Model model, List<Path> files, List<ModelWarning> notes) {
        KubernetesManifests manifests = KubernetesManifests.read(files);
        manifests.notes().forEach(n -> notes.add(note(n)));
        KubernetesModel.addTo(model, manifests);
    }

    /** A manifest reader's note, {@code file: message}, as a warning located in that file. */
    private static ModelWarning note(String text) {
        Matcher at = NOTE_AT.matcher(text);
        if (at.matches()) {
            return new ModelWarning(new SourceLocation(at.group(1), Integer.parseInt(at.group(2)),
                    at.group(3) == null ? 0 : Integer.parseInt(at.group(3))), at.group(4));
        }
        int colon = text.indexOf(": ");
        return colon < 0 ? new ModelWarning(new SourceLocation("", 0, 0), text)
                : new ModelWarning(new SourceLocation(text.substring(0, colon), 0, 0), text.substring(colon + 2));
    }

    /** A reader's note that starts with its position: {@code file:line[:column]: message}. */
    private static final Pattern NOTE_AT = Pattern.compile("([^:]+):(\\d+)(?::(\\d+))?: (.*)", Pattern.DOTALL);
}
