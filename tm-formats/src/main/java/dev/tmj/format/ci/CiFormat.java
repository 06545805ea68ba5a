package dev.tmj.format.ci;

import dev.tmj.gate.CheckResult;
import dev.tmj.output.Renderer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The CI outputs by kind name, the one place that maps a name ({@code --sarif}, {@code outputs: sarif:} in
 * {@code tmj.yaml}) to its writer:
 *
 * <pre>{@code
 * CiFormat.of("gitlab-codequality").renderer().writeTo(result, Path.of("gl-code-quality-report.json"));
 * }</pre>
 */
public enum CiFormat {
    /** SARIF 2.1.0 for GitHub code scanning. */
    SARIF("sarif", "tmj.sarif", SarifWriter::standard),
    /** JUnit XML for GitLab, Jenkins and Azure DevOps test reports. */
    JUNIT("junit", "tmj-junit.xml", JunitXmlWriter::new),
    /** GitLab's Code Quality report. */
    GITLAB_CODEQUALITY("gitlab-codequality", "gl-code-quality-report.json", CodeQualityWriter::new),
    /** The Markdown summary for a pull request or {@code $GITHUB_STEP_SUMMARY}. */
    SUMMARY("summary", "tmj-summary.md", MarkdownSummary::standard);

    private final String kind;
    private final String fileName;
    private final Supplier<Renderer<CheckResult>> renderer;

    CiFormat(String kind, String fileName, Supplier<Renderer<CheckResult>> renderer) {
        this.kind = kind;
        this.fileName = fileName;
        this.renderer = renderer;
    }

    /** The kind's name: {@code sarif}, {@code junit}, {@code gitlab-codequality} or {@code summary}. */
    public String kind() {
        return kind;
    }

    /** The file name a tool writes this output to when the user names only a folder (the Maven plugin's). */
    public String defaultFileName() {
        return fileName;
    }

    /** A new writer of this output. */
    public Renderer<CheckResult> renderer() {
        return renderer.get();
    }

    /** The format of this kind name (any case), if there is one. */
    public static Optional<CiFormat> find(String kind) {
        String wanted = kind.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.kind.equals(wanted)).findFirst();
    }

    /**
     * The format of this kind name (any case).
     *
     * @throws IllegalArgumentException for another name, listing the known ones
     */
    public static CiFormat of(String kind) {
        return find(kind).orElseThrow(() -> new IllegalArgumentException("unknown CI output '" + kind
                + "': expected one of " + kinds()));
    }

    /** The kind names, comma-separated, for messages and help. */
    public static String kinds() {
        return Arrays.stream(values()).map(CiFormat::kind).collect(Collectors.joining(", "));
    }
}
