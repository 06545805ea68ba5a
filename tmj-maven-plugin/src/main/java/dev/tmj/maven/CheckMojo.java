package dev.tmj.maven;

import dev.tmj.check.Check;
import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckRenderers;
import dev.tmj.check.CheckSettings;
import dev.tmj.check.GateSummary;
import dev.tmj.format.ci.CiFormat;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.ModelCheck;
import dev.tmj.io.TerminalText;
import dev.tmj.render.OutputsException;
import dev.tmj.resolve.Findings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code tmj check} in the build: resolves the configured model files and Java DSL classes through the same
 * {@link Check} as the command line, writes the CI outputs into {@link #outputDirectory} and fails the build when the
 * gate fails, with the lines {@code tmj check} prints. Bound to {@code verify}, after the project's classes and test
 * classes are compiled.
 *
 * <p>Failures: the gate failing and bad input (a model, {@code tmj.yaml}, baseline, severity or model class tmj
 * cannot accept) are {@link MojoFailureException}s, "BUILD FAILURE", as a compilation error in the project's own
 * files is; an output that cannot be written after the gate ran, or an error inside tmj, is a
 * {@link MojoExecutionException}, "BUILD ERROR": the project is not at fault.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /** The findings file, the baseline of a later run; the CI outputs take {@code CiFormat}'s default names. */
    static final String FINDINGS_JSON = "findings.json";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Models: pytm scripts, pytm JSON, tmj JSON/YAML, or infrastructure code (a folder of Terraform and Kubernetes
     * manifests is one model; docs/iac.md), relative to the project's folder.
     */
    @Parameter(property = "tmj.models")
    private List<File> models;

    /** Fully qualified names of the project's Java DSL model classes (main or test classes). */
    @Parameter(property = "tmj.threatModelClasses")
    private List<String> threatModelClasses;

    /** The lowest severity of an open finding that fails the build, or {@code none}; default: tmj.yaml's, else high. */
    @Parameter(property = "tmj.failOn")
    private String failOn;

    /**
     * The lowest risk level (likelihood x impact: low, medium, high, critical) of an open finding that also fails the
     * build, or {@code none}; default: tmj.yaml's, else none (docs/risk.md).
     */
    @Parameter(property = "tmj.failOnRisk")
    private String failOnRisk;

    /** An earlier run's findings.json or tmj SARIF: outputs mark findings new, unchanged or fixed against it. */
    @Parameter(property = "tmj.baseline")
    private File baseline;

    /** Fail only on open findings the baseline does not hold (needs a baseline); default: tmj.yaml's, else false. */
    @Parameter(property = "tmj.failOnNew")
    private Boolean failOnNew;

    /** pytm-format threat libraries to use instead of the built-in one (combined); default: tmj.yaml's. */
    @Parameter(property = "tmj.threats")
    private List<File> threats;

    /** Threat SIDs to leave out everywhere; default: tmj.yaml's {@code exclude}. */
    @Parameter(property = "tmj.excludes")
    private List<String> excludes;

    /** An overlay for the one model (docs/iac.md); default: tmj.yaml's {@code overlay}. */
    @Parameter(property = "tmj.overlay")
    private File overlay;

    /** The project configuration; default: tmj.yaml at the top of the project's git work tree, if there. */
    @Parameter(property = "tmj.config")
    private File config;

    /** Where findings.json, tmj.sarif, tmj-junit.xml, gl-code-quality-report.json and tmj-summary.md are written. */
    @Parameter(property = "tmj.outputDirectory", defaultValue = "${project.build.directory}/threat-model")
    private File outputDirectory;

    /** Skips the check. */
    @Parameter(property = "tmj.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tmj: check skipped (tmj.skip)");
            return;
        }
        CheckResult result;
        try (ThreatModelClasses classes = ThreatModelClasses.on(classPath(), CheckMojo.class.getClassLoader())) {
            Check check = check(classes);
            CheckOutputs outputs = CheckRenderers.available();
            Map<Kind, Path> files = outputFiles(outputs, check.modelCount());
            outputs.checkTargets(files, check.modelCount());
            result = check.run();
            logWarnings(result);
            write(outputs, result, files);
        } catch (RuntimeException e) {
            if (BadInput.is(e)) {
                throw new MojoFailureException(String.join(System.lineSeparator(), BadInput.lines(e)), e);
            }
            throw new MojoExecutionException("tmj: internal error: " + TerminalText.line(String.valueOf(e)), e);
        }
        List<String> lines = gateLines(result);
        if (!result.passed()) {
            throw new MojoFailureException(String.join(System.lineSeparator(), lines));
        }
        lines.forEach(getLog()::info);
    }

    /** The check: this goal's parameters, else tmj.yaml's settings, else tmj's defaults (as the command line). */
    private Check check(ThreatModelClasses classes) {
        Path basedir = project.getBasedir().toPath();
        List<Path> modelFiles = paths(models);
        List<String> classNames = threatModelClasses == null ? List.of() : threatModelClasses;
        // Model files or classes given here replace tmj.yaml's models; the goal has no allowModelThreats or strict.
        CheckSettings given = new CheckSettings(modelFiles.isEmpty() && classNames.isEmpty() ? null : modelFiles,
                failOn, failOnNew, baseline == null ? null : baseline.toPath(),
                threats == null || threats.isEmpty() ? null : paths(threats),
                excludes == null || excludes.isEmpty() ? null : excludes, null, null,
                overlay == null ? null : overlay.toPath(), failOnRisk);
        Check check = given.over(CheckSettings.config(config == null ? null : config.toPath(), basedir), basedir);
        ProjectSources sources = new ProjectSources(project);
        for (String name : classNames) {
            ThreatModelClasses.Loaded loaded = classes.load(name);
            check = check.model(loaded.model(), sources.displayPath(loaded.type()));
        }
        return check;
    }

    /** Every output this build of tmj writes; findings.json only for one model (a baseline of one model). */
    private Map<Kind, Path> outputFiles(CheckOutputs outputs, int modelCount) {
        Map<Kind, Path> files = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Optional<String> name = kind == Kind.JSON ? Optional.of(FINDINGS_JSON).filter(json -> modelCount == 1)
                    : CheckRenderers.format(kind).map(CiFormat::defaultFileName);
            if (name.isPresent() && outputs.renderer(kind).isPresent()) {
                files.put(kind, outputDirectory.toPath().resolve(name.get()));
            }
        }
        try {
            Files.createDirectories(outputDirectory.toPath());
        } catch (IOException e) {
            throw new dev.tmj.model.SourceException(outputDirectory.toString(), 0, 0,
                    "cannot create the output directory: " + e.getMessage());
        }
        return files;
    }

    /**
     * Writes the outputs before the verdict is reported, so that a failed build still has them; an output that
     * cannot be written after the gate ran is a build error, after the gate's lines.
     */
    private void write(CheckOutputs outputs, CheckResult result, Map<Kind, Path> files)
            throws MojoExecutionException {
        try {
            outputs.writeTo(result, files).forEach(file -> getLog().info("tmj: wrote " + TerminalText.line(file)));
        } catch (OutputsException e) {
            e.written().forEach(file -> getLog().info("tmj: wrote " + TerminalText.line(file)));
            gateLines(result).forEach(result.passed() ? getLog()::info : getLog()::error);
            throw new MojoExecutionException("tmj: " + TerminalText.line(e.getMessage()), e);
        }
    }

    /**
     * The gate's lines as {@code tmj check} prints them on stderr: each failing finding, then the verdict, in
     * {@link GateSummary}'s words after {@code tmj: }, escaped as every log line is.
     */
    static List<String> gateLines(CheckResult result) {
        List<String> lines = new ArrayList<>();
        result.failing().forEach(f -> lines.add(TerminalText.line("tmj: " + GateSummary.findingLine(f,
                result.gate().failOnRisk().isPresent()))));
        lines.add(TerminalText.line("tmj: " + GateSummary.verdict(result)));
        return lines;
    }

    /** What each model's script printed and the warnings of reading, checking and resolving it. */
    private void logWarnings(CheckResult result) {
        for (ModelCheck model : result.models()) {
            Findings findings = model.findings();
            String printed = findings.checkedModel().model().printed();
            if (!printed.isEmpty()) {
                getLog().info(TerminalText.lines(printed).stripTrailing());
            }
            List<Object> warnings = new ArrayList<>(findings.checkedModel().model().warnings());
            warnings.addAll(findings.checkedModel().warnings());
            warnings.addAll(findings.warnings());
            warnings.forEach(w -> getLog().warn("tmj: " + TerminalText.line(String.valueOf(w))));
        }
    }

    private List<Path> classPath() {
        try {
            return project.getTestClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("the project's test class path is not resolved", e);
        }
    }

    private static List<Path> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
