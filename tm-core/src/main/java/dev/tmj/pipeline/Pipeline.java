package dev.tmj.pipeline;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.ResolveOptions;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Load, check and resolve a threat model: the one entry point that the command line, the JUnit extension and
 * the Maven plugin share. Immutable; each option returns a new pipeline.
 *
 * <pre>{@code
 * Resolution run = Pipeline.fromFile(Path.of("tm.py"), ModelFiles::read)
 *         .threatFiles(List.of(Path.of("threats.json")))
 *         .excluding(List.of("INP01"))
 *         .run();
 * }</pre>
 *
 * <p>The threat library is, in this order: the one given with {@link #threats}, the files given with
 * {@link #threatFiles} (combined; a SID in two of them is an error), the model's own {@code threatsFile}
 * (relative to the model file's folder, and only inside it: see {@link ModelThreatsFile}; a model built in memory
 * has no folder, so its setting is ignored), tmj's built-in library. The model's overrides and assumptions apply
 * as the resolver defines them; an override of a SID that starts with {@code TD-} that the library lacks is a threat
 * the model recorded itself (an imported Threat Dragon model's threats) and adds its finding.
 */
public final class Pipeline {
    /** The fact every element made from infrastructure code carries (tm-iac's {@code IacFacts.TYPE}). */
    public static final String IAC_FACT = "iacType";

    private final Supplier<Model> load;
    private final Path modelFile;
    private final ThreatLibrary library;
    private final List<Path> threatFiles;
    private final ResolveOptions options;
    private final Function<Finding, List<Evidence>> evidence;
    private final ModelThreatsFile modelThreats;

    private Pipeline(Supplier<Model> load, Path modelFile, ThreatLibrary library, List<Path> threatFiles,
            ResolveOptions options, Function<Finding, List<Evidence>> evidence, ModelThreatsFile modelThreats) {
        this.load = load;
        this.modelFile = modelFile;
        this.library = library;
        this.threatFiles = List.copyOf(threatFiles);
        this.options = options;
        this.evidence = evidence;
        this.modelThreats = modelThreats;
    }

    /** A pipeline over a model built in memory (the Java DSL, a test). */
    public static Pipeline of(Model model) {
        Objects.requireNonNull(model, "model");
        return new Pipeline(() -> model, null, null, List.of(), ResolveOptions.DEFAULTS, null,
                ModelThreatsFile.INSIDE_REPOSITORY);
    }

    /** A pipeline that reads its model from this file with this reader when it runs. */
    public static Pipeline fromFile(Path file, ModelReader reader) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reader, "reader");
        return new Pipeline(() -> reader.read(file), file, null, List.of(), ResolveOptions.DEFAULTS, null,
                ModelThreatsFile.INSIDE_REPOSITORY);
    }

    /**
     * The library that files name: tmj's built-in library for none, else the files' libraries combined in order.
     *
     * @throws dev.tmj.threat.ThreatLibraryException for an unreadable or invalid library, or a SID defined twice
     */
    public static ThreatLibrary threatLibrary(List<Path> files) {
        if (files.isEmpty()) {
            return ThreatLibrary.builtIn();
        }
        ThreatLibrary combined = library(files.get(0));
        for (Path file : files.subList(1, files.size())) {
            combined = combined.and(library(file));
        }
        return combined;
    }

    /** A {@code threats.json} file, or a built-in library named {@code builtin:NAME}. */
    private static ThreatLibrary library(Path file) {
        String name = file.toString();
        return name.startsWith(ThreatLibrary.BUILT_IN_PREFIX)
                ? ThreatLibrary.builtIn(name.substring(ThreatLibrary.BUILT_IN_PREFIX.length()))
                : ThreatLibrary.fromJson(file);
    }

    /**
     * The library for a model when nothing names one: the built-in security library, and for a model made from
     * infrastructure code (its elements carry the IaC importers' {@code iacType} fact) the IaC library beside it. The
     * privacy library ({@code builtin:linddun}) is never a default: a team opts in to it.
     */
    public static ThreatLibrary defaultLibrary(Model model) {
        for (Element element : model.elements()) {
            if (element.extraValue(IAC_FACT) != ModelObject.MISSING) {
                return ThreatLibrary.builtIn().and(ThreatLibrary.builtIn("iac"));
            }
        }
        return ThreatLibrary.builtIn();
    }

    /** Resolves against this library, whatever the model or other options name. */
    public Pipeline threats(ThreatLibrary threats) {
        return new Pipeline(load, modelFile, Objects.requireNonNull(threats, "threats"), threatFiles, options,
                evidence, modelThreats);
    }

    /** Resolves against these pytm-format libraries combined (none: the model's own or the built-in one). */
    public Pipeline threatFiles(List<Path> files) {
        return new Pipeline(load, modelFile, library, files, options, evidence, modelThreats);
    }

    /** Leaves these threat SIDs out everywhere (pytm's {@code --exclude}). */
    public Pipeline excluding(Collection<String> sids) {
        return new Pipeline(load, modelFile, library, threatFiles,
                options.excluding(sids.toArray(String[]::new)), evidence, modelThreats);
    }

    /** Judges expiry dates of accepted risks as of this day instead of the day the status is asked for. */
    public Pipeline asOf(LocalDate day) {
        return new Pipeline(load, modelFile, library, threatFiles, options.asOf(day), evidence, modelThreats);
    }

    /** Attaches the test outcomes that {@code evidenceOf} names for each finding (tm-test's {@code @Mitigates}). */
    public Pipeline evidence(Function<Finding, List<Evidence>> evidenceOf) {
        return new Pipeline(load, modelFile, library, threatFiles, options, evidenceOf, modelThreats);
    }

    /**
     * Whether the model may choose its own threat library with {@code threatsFile}: only inside its folder (the
     * default), or not at all ({@link ModelThreatsFile#FORBID}, for a CI gate). A library given to this pipeline
     * always wins over the model's.
     */
    public Pipeline modelThreatsFile(ModelThreatsFile policy) {
        return new Pipeline(load, modelFile, library, threatFiles, options, evidence,
                Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Loads, checks and resolves the model.
     *
     * @throws dev.tmj.model.TmjException for bad input: the model file, a threat library, or a model that fails
     *     its check, each with file and position where there is one
     */
    public Resolution run() {
        Model model = load.get();
        Findings findings = Resolver.resolve(model, libraryFor(model), options);
        return new Resolution(model, evidence == null ? findings : findings.withEvidence(evidence));
    }

    /** The library (below), with the threats the model recorded itself ({@link RecordedThreats}). */
    private ThreatLibrary libraryFor(Model model) {
        return RecordedThreats.addTo(chosenLibrary(model), model);
    }

    private ThreatLibrary chosenLibrary(Model model) {
        if (library != null) {
            return library;
        }
        String named = (String) model.get("threatsFile");
        if (threatFiles.isEmpty() && modelFile != null && !named.isEmpty()) {
            return threatLibrary(List.of(ModelLibrary.locate(modelFile, named, modelThreats)));
        }
        return threatFiles.isEmpty() ? defaultLibrary(model) : threatLibrary(threatFiles);
    }

    @Override
    public String toString() {
        return "Pipeline[" + (modelFile == null ? "model in memory" : modelFile) + ", excluding "
                + options.excludedThreats() + (options.today() == null ? "" : ", as of " + options.today())
                + (library == null ? threatFiles.isEmpty() ? "" : ", threats " + threatFiles
                        : ", threats " + library.name())
                + (modelThreats == ModelThreatsFile.FORBID ? ", model's threatsFile forbidden" : "") + "]";
    }
}
