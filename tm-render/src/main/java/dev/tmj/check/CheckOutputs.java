package dev.tmj.check;

import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.gate.CheckResult;
import dev.tmj.model.SourceException;
import dev.tmj.output.Renderer;
import dev.tmj.render.Outputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The files a check writes, as a map from each {@link Kind} to the {@link Renderer} of a {@link CheckResult}. Only
 * {@link Kind#JSON} is built in; the CI formats (SARIF, JUnit XML, GitLab Code Quality, the Markdown summary) are
 * plugged in with {@link #with}, so that adding one is one line where the outputs are assembled.
 *
 * <pre>{@code
 * CheckOutputs outputs = CheckOutputs.standard().with(Kind.SARIF, sarifWriter);
 * Map<Kind, Path> files = Map.of(Kind.SARIF, Path.of("tmj.sarif"));
 * outputs.checkTargets(files, check.modelCount());   // before the run: nothing partial is ever written
 * outputs.writeTo(check.run(), files);
 * }</pre>
 */
public final class CheckOutputs {
    /** What a check can write, each with its key in {@code tmj.yaml}'s {@code outputs} and its option. */
    public enum Kind {
        /** pytm's {@code --json} findings file (with tmj's fingerprints): one model only. */
        JSON("json", "--json"),
        /** SARIF 2.1.0 for GitHub code scanning. */
        SARIF("sarif", "--sarif"),
        /** JUnit XML for GitLab, Jenkins, Azure DevOps. */
        JUNIT("junit", "--junit"),
        /** GitLab's Code Quality report. */
        GITLAB_CODEQUALITY("gitlabCodequality", "--gitlab-codequality"),
        /** The Markdown summary for a pull request or {@code $GITHUB_STEP_SUMMARY}. */
        SUMMARY("summary", "--summary");

        private final String configKey;
        private final String option;

        Kind(String configKey, String option) {
            this.configKey = configKey;
            this.option = option;
        }

        /** The key under {@code outputs:} in {@code tmj.yaml}, for example {@code gitlabCodequality}. */
        public String configKey() {
            return configKey;
        }

        /** The command-line option, for example {@code --gitlab-codequality}. */
        public String option() {
            return option;
        }

        /** The kind with this {@code tmj.yaml} key. */
        public static Optional<Kind> ofConfigKey(String key) {
            return Arrays.stream(values()).filter(k -> k.configKey.equals(key)).findFirst();
        }
    }

    private final Map<Kind, Renderer<CheckResult>> renderers;

    private CheckOutputs(Map<Kind, Renderer<CheckResult>> renderers) {
        this.renderers = Collections.unmodifiableMap(renderers);
    }

    /** The outputs built into this module: {@link Kind#JSON}. */
    public static CheckOutputs standard() {
        Map<Kind, Renderer<CheckResult>> renderers = new EnumMap<>(Kind.class);
        renderers.put(Kind.JSON, CheckOutputs::writeJson);
        return new CheckOutputs(renderers);
    }

    /** These outputs with the renderer of one kind set (added or replaced). */
    public CheckOutputs with(Kind kind, Renderer<CheckResult> renderer) {
        Map<Kind, Renderer<CheckResult>> changed = new EnumMap<>(Kind.class);
        changed.putAll(renderers);
        changed.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(renderer, "renderer"));
        return new CheckOutputs(changed);
    }

    /** The renderer of a kind, if this build has one. */
    public Optional<Renderer<CheckResult>> renderer(Kind kind) {
        return Optional.ofNullable(renderers.get(kind));
    }

    /**
     * Checks, before anything runs, that every file asked for can be written, so that bad input writes nothing:
     * the kind is available in this build, {@code json} is asked for one model only, no two kinds share a file,
     * and each file's folder exists and is writable (a file that exists and is not a regular file, a FIFO or a
     * device, must be writable itself).
     *
     * @throws SourceException naming the first file (or option) at fault
     */
    public void checkTargets(Map<Kind, Path> files, int modelCount) {
        Map<Path, Kind> seen = new HashMap<>();
        for (Map.Entry<Kind, Path> entry : files.entrySet()) {
            Kind kind = entry.getKey();
            Path file = entry.getValue();
            if (!renderers.containsKey(kind)) {
                throw new SourceException(kind.option(), 0, 0, "this output is not available in this build of tmj");
            }
            if (kind == Kind.JSON && modelCount > 1) {
                throw new SourceException(kind.option(), 0, 0, "writes the findings of one model, and " + modelCount
                        + " models are checked; write a baseline of several models with --sarif");
            }
            Kind other = seen.putIfAbsent(file.toAbsolutePath().normalize(), kind);
            if (other != null) {
                throw new SourceException(file.toString(), 0, 0, "named for both " + other.option() + " and "
                        + kind.option());
            }
            checkWritable(file);
        }
    }

    private static void checkWritable(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new SourceException(file.toString(), 0, 0, "is a directory, not a file to write");
        }
        // A FIFO or device (/dev/null, /dev/stdout, which links to whatever stdout is) is written directly.
        if (Files.exists(absolute) && (!Files.isRegularFile(absolute) || absolute.startsWith("/dev/"))) {
            if (!Files.isWritable(absolute)) {
                throw new SourceException(file.toString(), 0, 0, "cannot be written (permission denied)");
            }
            return;
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SourceException(file.toString(), 0, 0, "its folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new SourceException(file.toString(), 0, 0, "its folder " + folder + " is not writable");
        }
    }

    /**
     * Writes each file asked for, completely or not at all, rendered side by side; one that fails does not stop
     * the others ({@link Outputs#write(Object, Map, boolean)}).
     *
     * @return the files written, in {@link Kind} order
     * @throws dev.tmj.render.OutputsException naming each file that failed; the others were written
     * @throws IllegalArgumentException for a kind this build has no renderer of (see {@link #checkTargets})
     */
    public List<Path> writeTo(CheckResult result, Map<Kind, Path> files) {
        Map<Path, Renderer<CheckResult>> targets = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            Path file = files.get(kind);
            if (file != null) {
                Renderer<CheckResult> renderer = renderer(kind).orElseThrow(() -> new IllegalArgumentException(
                        kind.option() + " is not available in this build of tmj"));
                targets.put(file, renderer);
            }
        }
        // Side by side: SARIF, JUnit XML and Code Quality of a 5,000-flow model take about 0.3 s each.
        return Outputs.write(result, targets, true);
    }

    /** {@link Kind#JSON}: pytm's {@code --json} file of the one model checked. */
    private static void writeJson(CheckResult result, java.io.OutputStream out) throws java.io.IOException {
        if (result.models().size() != 1) {
            throw new IllegalArgumentException("--json writes the findings of one model, not "
                    + result.models().size());
        }
        new PytmJsonWriter().withTickets(result.tickets()).writeTo(result.models().get(0).findings(), out);
    }
}
