package dev.tmj.check;

import dev.tmj.format.json.ProjectConfig;
import dev.tmj.format.json.ProjectConfigReader;
import dev.tmj.gate.Gate;
import dev.tmj.pipeline.ModelThreatsFile;
import dev.tmj.pipeline.WorkTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a caller of a check sets itself (the command line's flags, the Maven goal's parameters), each {@code null}
 * when not set: {@link #over} takes the project configuration's setting for it then, else tmj's default. The one
 * place where a flag beats {@code tmj.yaml}, which beats the default (docs/ci.md).
 *
 * @param models model files, or null for the configuration's models
 * @param failOn the gate's severity, or null
 * @param failOnNew whether only new findings fail, or null
 * @param baseline the baseline file, or null
 * @param threats threat libraries, or null
 * @param excludes SIDs to leave out, or null
 * @param allowModelThreats whether a model may name its own threat library, or null
 * @param strict whether attributes pytm does not define are refused, or null
 * @param overlay the overlay applied to the model (docs/iac.md), or null
 * @param failOnRisk the gate's risk level (docs/risk.md), or null
 */
public record CheckSettings(List<Path> models, String failOn, Boolean failOnNew, Path baseline, List<Path> threats,
        List<String> excludes, Boolean allowModelThreats, Boolean strict, Path overlay, String failOnRisk) {
    /** The configuration file looked for at the top of the git work tree (else in the working directory). */
    public static final String CONFIG_FILE = "tmj.yaml";

    /**
     * The project configuration: {@code explicit} when given, else {@code tmj.yaml} at the top of the git work tree
     * holding {@code workingDirectory} (else in it), if there.
     *
     * @throws dev.tmj.model.TmjException for a configuration tmj cannot read
     */
    public static Optional<ProjectConfig> config(Path explicit, Path workingDirectory) {
        Path file = explicit != null ? explicit
                : WorkTree.topOf(workingDirectory).orElse(workingDirectory).resolve(CONFIG_FILE);
        return explicit != null || Files.exists(file) ? Optional.of(ProjectConfigReader.read(file)) : Optional.empty();
    }

    /** The model files: these settings', else the configuration's (possibly none). */
    public List<Path> modelsOver(Optional<ProjectConfig> project) {
        return models != null ? models : project.map(ProjectConfig::models).orElse(List.of());
    }

    /**
     * The check of {@link #modelsOver these models}: each setting given, else the configuration's, else tmj's
     * default (gate {@code high} and no risk threshold, a model's own threat library forbidden, not strict, no
     * baseline).
     *
     * @throws dev.tmj.gate.GateException for an unknown severity or risk level
     */
    public Check over(Optional<ProjectConfig> project, Path workingDirectory) {
        String threshold = failOn != null ? failOn : project.flatMap(ProjectConfig::failOn).orElse("high");
        String riskThreshold = failOnRisk != null ? failOnRisk : project.flatMap(ProjectConfig::failOnRisk)
                .orElse("none");
        boolean onlyNew = failOnNew != null ? failOnNew : project.flatMap(ProjectConfig::failOnNew).orElse(false);
        boolean allow = allowModelThreats != null ? allowModelThreats
                : project.flatMap(ProjectConfig::modelThreats).map("inside-repository"::equals).orElse(false);
        Check check = Check.of().workingDirectory(workingDirectory).modelFiles(modelsOver(project))
                .threatFiles(threats != null ? threats : project.map(ProjectConfig::threats).orElse(List.of()))
                .excluding(excludes != null ? excludes : project.map(ProjectConfig::exclude).orElse(List.of()))
                .modelThreatsFile(allow ? ModelThreatsFile.INSIDE_REPOSITORY : ModelThreatsFile.FORBID)
                .strict(strict != null ? strict : project.flatMap(ProjectConfig::strict).orElse(false))
                .gate(new Gate(Gate.threshold(threshold), onlyNew, Gate.riskThreshold(riskThreshold)));
        Optional<Path> overlayFile = overlay != null ? Optional.of(overlay) : project.flatMap(ProjectConfig::overlay);
        if (overlayFile.isPresent()) {
            check = check.overlay(overlayFile.get());
        }
        Optional<Path> baselineFile = baseline != null ? Optional.of(baseline) : project.flatMap(ProjectConfig::baseline);
        return baselineFile.isPresent() ? check.baselineFile(baselineFile.get()) : check;
    }
}
