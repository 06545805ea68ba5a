package dev.tmj.format.ci;

import dev.tmj.gate.BaselineFinding;
import dev.tmj.gate.Change;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.io.MarkdownText;
import dev.tmj.model.FindingStatus;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.RiskLevel;
import dev.tmj.threat.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Markdown summary of a check for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}, in the Markdown both
 * GitHub and GitLab render: the gate's verdict first (with its threshold), a table of the findings by severity and
 * status, a table per model when there are several, with a baseline the new and the fixed findings, and the open
 * findings at or above the threshold with their {@code path:line}. It links nowhere, and every name is escaped
 * ({@link MarkdownText}: pipes, backticks, HTML tags and comments cannot break out of a table cell).
 *
 * <p>The text stays under {@value #MAX_CHARS} characters (GitHub refuses comments over 65,536): each list is cut
 * with a "… and N more" line, first at {@value #MAX_ROWS} rows, then shorter until the whole fits, and a table cell
 * holds at most {@value #MAX_CELL} characters of a name. {@link #withMarker} puts a hidden HTML comment on the first
 * line, by which {@code tmj comment} finds its earlier comment. The same result gives the same text.
 */
public final class MarkdownSummary implements Renderer<CheckResult> {
    /** The summary's largest size, in characters. */
    public static final int MAX_CHARS = 60_000;
    /** The most rows a list shows before "… and N more". */
    public static final int MAX_ROWS = 100;
    /** The most characters of model text in one table cell. */
    public static final int MAX_CELL = 200;
    /** How a marker line starts. */
    public static final String MARKER_PREFIX = "<!-- tmj ";

    private static final int MAX_MARKER_TEXT = 200;

    private final Optional<String> marker;

    private MarkdownSummary(Optional<String> marker) {
        this.marker = marker;
    }

    /** The summary without a marker. */
    public static MarkdownSummary standard() {
        return new MarkdownSummary(Optional.empty());
    }

    /** This summary with {@link #marker(String) marker(text)} as its first line. */
    public MarkdownSummary withMarker(String text) {
        return new MarkdownSummary(Optional.of(marker(text)));
    }

    /**
     * The hidden first line {@code <!-- tmj TEXT -->}: TEXT keeps ASCII letters, digits, blanks and
     * {@code . _ / : @ + = , ~ ( )}, and a hyphen when no hyphen follows it; every other byte of its UTF-8 (so
     * {@code <}, {@code >}, {@code !}, {@code %}, line breaks, and a hyphen that another follows) is written as
     * {@code %XX}, so the text cannot end the comment or open another. Cut to 200 characters first.
     */
    public static String marker(String text) {
        String cut = CiText.truncate(Objects.requireNonNull(text, "text"), MAX_MARKER_TEXT);
        byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(MARKER_PREFIX);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean safe = c < 0x80 && (Character.isLetterOrDigit(c) || " ._/:@+=,~()".indexOf(c) >= 0
                    || c == '-' && (i + 1 == bytes.length || bytes[i + 1] != '-'));
            if (safe) {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.append(" -->").toString();
    }

    @Override
    public void writeTo(CheckResult result, OutputStream out) throws IOException {
        out.write(text(result).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The summary as text, cut as described above. */
    String text(CheckResult result) {
        String text = text(result, MAX_ROWS);
        for (int rows = MAX_ROWS / 2; text.length() > MAX_CHARS && rows >= 0; rows = rows == 0 ? -1 : rows / 2) {
            text = text(result, rows);
        }
        return text;
    }

    private String text(CheckResult result, int rows) {
        StringBuilder md = new StringBuilder(4096);
        marker.ifPresent(line -> md.append(line).append('\n'));
        SummaryTables tables = new SummaryTables(md, rows);
        verdict(result, md);
        tables.counts(result.models().stream().flatMap(m -> m.checked().stream()).toList());
        if (result.models().size() > 1) {
            tables.models(result.models());
        }
        if (result.models().stream().anyMatch(m -> m.baseline().isPresent())) {
            List<CheckedFinding> fresh = result.models().stream().flatMap(m -> m.checked().stream())
                    .filter(f -> f.change() == Change.NEW).toList();
            List<BaselineFinding> fixed = result.models().stream().flatMap(m -> m.fixed().stream()).toList();
            md.append("\n### New findings against the baseline\n\n");
            tables.findings(fresh, false, result.tickets());
            md.append("\n### Fixed since the baseline\n\n");
            tables.fixed(fixed);
        }
        Optional<Severity> threshold = result.gate().failOn();
        Optional<RiskLevel> riskThreshold = result.gate().failOnRisk();
        if (threshold.isPresent() || riskThreshold.isPresent()) {
            boolean compared = result.models().stream().anyMatch(m -> m.baseline().isPresent());
            List<CheckedFinding> open = result.models().stream().flatMap(m -> m.checked().stream())
                    .filter(f -> f.finding().status() == FindingStatus.OPEN
                            && (threshold.isPresent() && f.finding().severity().compareTo(threshold.get()) >= 0
                            || riskThreshold.isPresent()
                                    && f.finding().risk().level().compareTo(riskThreshold.get()) >= 0)).toList();
            md.append("\n### Open findings at or above ").append(threshold.isPresent() ? result.gate().thresholdLabel()
                    : "").append(threshold.isPresent() && riskThreshold.isPresent() ? " or " : "")
                    .append(riskThreshold.map(r -> "risk " + r.label()).orElse("")).append("\n\n");
            tables.findings(open, compared, result.tickets());
        }
        return md.toString();
    }

    private static void verdict(CheckResult result, StringBuilder md) {
        Gate gate = result.gate();
        int failing = result.failing().size();
        md.append("## Threat model check: ").append(result.passed() ? "passed" : "failed").append("\n\n");
        String which = (gate.onlyNew() ? "new " : "") + "open finding";
        String threshold = (gate.failOn().isPresent() ? " of severity " + gate.thresholdLabel() + " or above" : "")
                + (gate.failOn().isPresent() && gate.failOnRisk().isPresent() ? " or" : "")
                + gate.failOnRisk().map(r -> " of risk " + r.label() + " or above").orElse("");
        if (gate.failOn().isEmpty() && gate.failOnRisk().isEmpty()) {
            md.append("**Gate passed:** the gate is off (fail on none).\n");
        } else if (failing == 0) {
            md.append("**Gate passed:** no ").append(which).append(threshold).append(".\n");
        } else {
            md.append("**Gate failed:** ").append(failing).append(' ').append(which).append(failing == 1 ? "" : "s")
                    .append(threshold).append(failing == 1 ? " fails" : " fail").append(" the gate.\n");
        }
        List<String> baselines = result.models().stream().flatMap(m -> m.baseline().stream())
                .map(b -> b.source()).distinct().toList();
        if (!baselines.isEmpty()) {
            long fresh = result.models().stream().flatMap(m -> m.checked().stream())
                    .filter(f -> f.change() == Change.NEW).count();
            long fixed = result.models().stream().mapToLong(m -> m.fixed().size()).sum();
            md.append("\nAgainst the baseline ").append(SummaryTables.cell(String.join(", ", baselines))).append(": ")
                    .append(fresh).append(" new, ").append(fixed).append(" fixed.\n");
        }
    }
}
