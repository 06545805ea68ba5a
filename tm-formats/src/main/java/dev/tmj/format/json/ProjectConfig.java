package dev.tmj.format.json;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's {@code tmj.yaml} as {@link ProjectConfigReader} read it: what a team sets once for {@code tmj check}.
 * Every path is already resolved against the configuration file's folder. A list left out is empty and an option
 * left out is empty: the command line's flags, then tmj's defaults, decide those (docs/ci.md).
 *
 * @param file the configuration file
 * @param models the model files ({@code models})
 * @param threats the threat libraries ({@code threats})
 * @param exclude the SIDs to leave out ({@code exclude})
 * @param modelThreats {@code forbid} or {@code inside-repository} ({@code modelThreats})
 * @param strict whether attributes pytm does not define are errors ({@code strict})
 * @param failOn the gate's threshold as written, a severity or {@code none}, already checked ({@code gate.failOn})
 * @param failOnNew whether only new findings fail ({@code gate.failOnNew})
 * @param baseline the baseline file ({@code baseline})
 * @param overlay the overlay applied to the model ({@code overlay}: docs/iac.md)
 * @param outputs each output file by its key under {@code outputs} ({@code json}, {@code sarif}, {@code junit},
 *                {@code gitlabCodequality}, {@code summary}), in the file's order
 * @param history where runs are recorded ({@code history}): a JDBC URL as written, or an SQLite file's path
 *                (resolved; {@code history: true} is {@value #DEFAULT_HISTORY} beside the configuration); empty when
 *                left out or {@code false} (docs/history.md)
 * @param sync {@code tmj sync}'s settings by their key under {@code sync} ({@code to}, {@code threshold},
 *             {@code jiraUrl} ...), already checked, in the file's order; {@code tickets} resolved as a path
 * @param failOnRisk the gate's risk threshold as written, a risk level or {@code none}, already checked
 *                   ({@code gate.failOnRisk}: docs/risk.md)
 */
public record ProjectConfig(Path file, List<Path> models, List<Path> threats, List<String> exclude,
        Optional<String> modelThreats, Optional<Boolean> strict, Optional<String> failOn,
        Optional<Boolean> failOnNew, Optional<Path> baseline, Optional<Path> overlay, Map<String, Path> outputs,
        Optional<String> history, Map<String, String> sync, Optional<String> failOnRisk) {
    /** The SQLite file {@code history: true} records into, relative to the configuration's folder. */
    public static final String DEFAULT_HISTORY = ".tmj/history.db";

    public ProjectConfig {
        Objects.requireNonNull(file, "file");
        models = List.copyOf(models);
        threats = List.copyOf(threats);
        exclude = List.copyOf(exclude);
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        Objects.requireNonNull(history, "history");
        sync = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sync));
        failOnRisk = failOnRisk == null ? Optional.empty() : failOnRisk;
    }

    /** A configuration without a risk threshold. */
    public ProjectConfig(Path file, List<Path> models, List<Path> threats, List<String> exclude,
            Optional<String> modelThreats, Optional<Boolean> strict, Optional<String> failOn,
            Optional<Boolean> failOnNew, Optional<Path> baseline, Optional<Path> overlay, Map<String, Path> outputs,
            Optional<String> history, Map<String, String> sync) {
        this(file, models, threats, exclude, modelThreats, strict, failOn, failOnNew, baseline, overlay, outputs,
                history, sync, Optional.empty());
    }
}
