package dev.tmj.check;

import dev.tmj.format.ModelFiles;
import dev.tmj.format.Overlay;
import dev.tmj.format.ci.BaselineReader;
import dev.tmj.gate.Baseline;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.GateException;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.Model;
import dev.tmj.pipeline.ModelThreatsFile;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.threat.ThreatLibrary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code tmj check} run: models (files, or models built in memory with the path they are shown as), the threat
 * libraries, excluded SIDs, the gate and an optional baseline. Immutable; each option returns a new check.
 *
 * <pre>{@code
 * CheckResult result = Check.of().modelFile(Path.of("tm.py"))
 *         .gate(Gate.failingOn(Severity.HIGH))
 *         .baselineFile(Path.of("findings.json"))
 *         .run();
 * if (!result.passed()) { ... }
 * }</pre>
 *
 * <p>Unlike a plain {@code Pipeline}, a check by default refuses a model that names its own threat library
 * ({@link ModelThreatsFile#FORBID}): in a CI gate the team, not the change under review, decides which threats count.
 * Paths in the result are relative to the top of the git work tree that holds the model (the nearest folder with a
 * {@code .git} entry), else to the working directory, with forward slashes ({@link RepositoryPaths}).
 */
public final class Check {
    /** A model to check: read from a file, or built in memory and shown as {@code displayPath}. */
    private record Source(Path file, Model model, String displayPath) {
    }

    private final List<Source> sources;
    private final List<Path> threatFiles;
    private final List<String> excluded;
    private final ModelThreatsFile modelThreats;
    private final boolean strict;
    private final Gate gate;
    private final Path baselineFile;
    private final Baseline baseline;
    private final LocalDate asOf;
    private final Path workingDirectory;
    private final Path overlay;

    private Check(List<Source> sources, List<Path> threatFiles, List<String> excluded, ModelThreatsFile modelThreats,
            boolean strict, Gate gate, Path baselineFile, Baseline baseline, LocalDate asOf, Path workingDirectory,
            Path overlay) {
        this.overlay = overlay;
        this.sources = List.copyOf(sources);
        this.threatFiles = List.copyOf(threatFiles);
        this.excluded = List.copyOf(excluded);
        this.modelThreats = modelThreats;
        this.strict = strict;
        this.gate = gate;
        this.baselineFile = baselineFile;
        this.baseline = baseline;
        this.asOf = asOf;
        this.workingDirectory = workingDirectory;
    }

    /**
     * A check of no model yet, with the defaults: the built-in threat library, no exclusions, the model's own
     * {@code threatsFile} forbidden, not strict, {@link Gate#DEFAULT} (open findings of high severity or above
     * fail), no baseline, today, the process's working directory.
     */
    public static Check of() {
        return new Check(List.of(), List.of(), List.of(), ModelThreatsFile.FORBID, false, Gate.DEFAULT, null, null,
                null, Path.of("").toAbsolutePath(), null);
    }

    /** This check with one more model file, read by {@code ModelFiles} (any format tmj reads). */
    public Check modelFile(Path file) {
        return withSource(new Source(Objects.requireNonNull(file, "file"), null, null));
    }

    /** This check with these model files added, in order. */
    public Check modelFiles(List<Path> files) {
        Check check = this;
        for (Path file : files) {
            check = check.modelFile(file);
        }
        return check;
    }

    /**
     * This check with one more model built in memory (the Java DSL's {@code ThreatModel.model()}), shown in every
     * output as {@code displayPath}: a repository-relative path with forward slashes, best the model class's source
     * file, such as {@code src/main/java/com/shop/ShopModel.java}.
     */
    public Check model(Model model, String displayPath) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(displayPath, "displayPath");
        return withSource(new Source(null, model, displayPath.replace('\\', '/')));
    }

    private Check withSource(Source source) {
        List<Source> more = new ArrayList<>(sources);
        more.add(source);
        return new Check(more, threatFiles, excluded, modelThreats, strict, gate, baselineFile, baseline, asOf,
                workingDirectory, overlay);
    }

    /** Resolves against these pytm-format threat libraries, combined (none: the built-in library). */
    public Check threatFiles(List<Path> files) {
        return new Check(sources, files, excluded, modelThreats, strict, gate, baselineFile, baseline, asOf,
                workingDirectory, overlay);
    }

    /** Leaves these threat SIDs out everywhere. */
    public Check excluding(Collection<String> sids) {
        return new Check(sources, threatFiles, List.copyOf(sids), modelThreats, strict, gate, baselineFile, baseline,
                asOf, workingDirectory, overlay);
    }

    /** Whether a model may name its own threat library ({@link ModelThreatsFile#FORBID} by default). */
    public Check modelThreatsFile(ModelThreatsFile policy) {
        return new Check(sources, threatFiles, excluded, Objects.requireNonNull(policy, "policy"), strict, gate,
                baselineFile, baseline, asOf, workingDirectory, overlay);
    }

    /** Whether model files are read strictly: attributes pytm does not define are errors, not warnings. */
    public Check strict(boolean refuseUnknownAttributes) {
        return new Check(sources, threatFiles, excluded, modelThreats, refuseUnknownAttributes, gate, baselineFile,
                baseline, asOf, workingDirectory, overlay);
    }

    /** The gate the findings go through. */
    public Check gate(Gate newGate) {
        return new Check(sources, threatFiles, excluded, modelThreats, strict, Objects.requireNonNull(newGate, "gate"),
                baselineFile, baseline, asOf, workingDirectory, overlay);
    }

    /** Compares against the findings in this file: a {@code findings.json} or a SARIF file tmj wrote. */
    public Check baselineFile(Path file) {
        return new Check(sources, threatFiles, excluded, modelThreats, strict, gate, file, null, asOf,
                workingDirectory, overlay);
    }

    /** Compares against this baseline, already read. */
    public Check baseline(Baseline findings) {
        return new Check(sources, threatFiles, excluded, modelThreats, strict, gate, null, findings, asOf,
                workingDirectory, overlay);
    }

    /** Judges the expiry of accepted risks as of this day (reproducible output) instead of today. */
    public Check asOf(LocalDate day) {
        return new Check(sources, threatFiles, excluded, modelThreats, strict, gate, baselineFile, baseline, day,
                workingDirectory, overlay);
    }

    /**
     * The folder relative paths are taken from when no git work tree holds a model (and the work tree of models
     * built in memory is looked for from); by default the process's working directory.
     */
    public Check workingDirectory(Path folder) {
        return new Check(sources, threatFiles, excluded, modelThreats, strict, gate, baselineFile, baseline, asOf,
                folder.toAbsolutePath().normalize(), overlay);
    }

    /**
     * Applies this overlay (docs/iac.md) to the model: a model imported from infrastructure code gets the data, flows,
     * descriptions and finding decisions the code cannot show. It refers to elements by name, so it goes with one
     * model: a check of several models with an overlay is refused when it runs.
     */
    public Check overlay(Path file) {
        return new Check(sources, threatFiles, excluded, modelThreats, strict, gate, baselineFile, baseline,
                asOf, workingDirectory, Objects.requireNonNull(file, "file"));
    }

    /** How many models this check holds. */
    public int modelCount() {
        return sources.size();
    }

    /** The gate. */
    public Gate gate() {
        return gate;
    }

    /**
     * Reads the baseline, then resolves each model in turn and puts its findings through the gate.
     *
     * @throws dev.tmj.model.TmjException for bad input, before the gate ran: no model, a malformed baseline,
     *     {@code onlyNew} without a baseline ({@link GateException}), a model or threat library tmj cannot read
     */
    public CheckResult run() {
        if (sources.isEmpty()) {
            throw new GateException("no model to check: give at least one model file");
        }
        if (overlay != null && sources.size() > 1) {
            throw new GateException("an overlay refers to one model's elements by name: give one model with it, not "
                    + sources.size() + " (a folder of infrastructure code is one model)");
        }
        if (gate.onlyNew() && baselineFile == null && baseline == null) {
            throw new GateException("failing only on new findings needs a baseline (--baseline FILE)");
        }
        Optional<Baseline> against = baseline != null ? Optional.of(baseline)
                : Optional.ofNullable(baselineFile).map(BaselineReader::read);
        // One library for every model: read and compiled once, not once per model.
        ThreatLibrary library = threatFiles.isEmpty() ? null : Pipeline.threatLibrary(threatFiles);
        List<ModelCheck> models = new ArrayList<>(sources.size());
        for (Source source : sources) {
            models.add(check(source, library, against));
        }
        return new CheckResult(gate, models);
    }

    /**
     * A model file as the reader gets it: as given (so that messages name it as the user did) unless it is relative
     * and this check's working directory is not the process's.
     */
    private Path located(Path file) {
        return file.isAbsolute() || workingDirectory.equals(Path.of("").toAbsolutePath()) ? file
                : workingDirectory.resolve(file);
    }

    private Model withOverlay(Model model) {
        return overlay == null ? model : Overlay.apply(model, located(overlay), strict);
    }

    private ModelCheck check(Source source, ThreatLibrary library, Optional<Baseline> against) {
        Pipeline pipeline = source.file() != null
                ? Pipeline.fromFile(located(source.file()), file -> withOverlay(ModelFiles.read(file, strict)))
                : Pipeline.of(overlay == null ? source.model() : withOverlay(source.model().copy()));
        pipeline = pipeline.modelThreatsFile(modelThreats).excluding(excluded);
        if (library != null) {
            pipeline = pipeline.threats(library);
        }
        if (asOf != null) {
            pipeline = pipeline.asOf(asOf);
        }
        RepositoryPaths paths = source.file() != null ? RepositoryPaths.of(source.file(), workingDirectory)
                : RepositoryPaths.inMemory(workingDirectory, source.displayPath());
        String path = source.file() != null ? paths.relative(source.file()) : source.displayPath();
        return ModelCheck.of(path, pipeline.run().findings(), gate, against, paths::declaringFile);
    }
}
