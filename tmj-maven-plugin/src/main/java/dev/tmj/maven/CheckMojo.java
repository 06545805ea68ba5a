package dev.tmj.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code tmj check} in the build: resolves the configured model files and Java DSL classes, writes the CI outputs
 * into {@link #outputDirectory} and fails the build when the gate fails, with the lines {@code tmj check} prints.
 * Bound to {@code verify}, after the project's classes and test classes are compiled.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Model files: pytm scripts, pytm JSON, tmj JSON/YAML (relative to the project's folder). */
    @Parameter(property = "tmj.models")
    private List<File> models;

    /** Fully qualified names of the project's Java DSL model classes (main or test classes). */
    @Parameter(property = "tmj.threatModelClasses")
    private List<String> threatModelClasses;

    /** The lowest severity of an open finding that fails the build, or {@code none}; default: tmj.yaml's, else high. */
    @Parameter(property = "tmj.failOn")
    private String failOn;

    /** An earlier run's findings.json or tmj SARIF: outputs mark findings new, unchanged or fixed against it. */
    @Parameter(property = "tmj.baseline")
    private File baseline;

    /** Fail only on open findings the baseline does not hold (needs {@link #baseline}). */
    @Parameter(property = "tmj.failOnNew")
    private Boolean failOnNew;

    /** pytm-format threat libraries to use instead of the built-in one (combined). */
    @Parameter(property = "tmj.threats")
    private List<File> threats;

    /** Threat SIDs to leave out everywhere. */
    @Parameter(property = "tmj.excludes")
    private List<String> excludes;

    /** The project configuration (tmj.yaml); this goal's parameters override it. */
    @Parameter(property = "tmj.config")
    private File config;

    /** Where findings.json, tmj.sarif, tmj-junit.xml, gl-code-quality-report.json and summary.md are written. */
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
        throw new MojoExecutionException("not yet");
    }
}
