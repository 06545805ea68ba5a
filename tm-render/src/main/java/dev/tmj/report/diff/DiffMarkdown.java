package dev.tmj.report.diff;

import dev.tmj.diff.AttributeChange;
import dev.tmj.diff.ElementChange;
import dev.tmj.diff.FindingChange;
import dev.tmj.diff.ModelDiff;
import dev.tmj.output.Renderer;
import dev.tmj.io.MarkdownText;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code tmj diff --format md}: the diff as Markdown for a pull-request comment, which GitHub and GitLab render: a
 * heading naming the model, the counts, then a table of element changes (one row per changed attribute) and a
 * table of finding changes. Every model text goes through {@link MarkdownText} (no link, image, HTML or table
 * break can come from a name), and the document itself has no link.
 */
public final class DiffMarkdown implements Renderer<ModelDiff> {
    /** The renderer; it keeps no state. */
    public DiffMarkdown() {
    }

    @Override
    public void writeTo(ModelDiff diff, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder(4096);
        md.append("## Threat model changes: ").append(cell(diff.newRun().model().name())).append("\n\n");
        md.append(cell(DiffText.summary(diff))).append("\n");
        if (!diff.added().isEmpty() || !diff.removed().isEmpty() || !diff.changed().isEmpty()) {
            md.append("\n### Elements\n\n| change | kind | element | attribute | before | after |\n")
                    .append("|---|---|---|---|---|---|\n");
            diff.added().forEach(change -> row(md, "added", change.kind(), change.identity(), "", "", ""));
            diff.removed().forEach(change -> row(md, "removed", change.kind(), change.identity(), "", "", ""));
            for (ElementChange change : diff.changed()) {
                for (AttributeChange attribute : change.attributes()) {
                    row(md, "changed", change.kind(), change.identity(), attribute.attribute(), attribute.before(),
                            attribute.after());
                }
            }
        }
        if (!diff.newFindings().isEmpty() || !diff.fixedFindings().isEmpty() || !diff.changedFindings().isEmpty()) {
            md.append("\n### Findings\n\n| change | SID | threat | severity | status | element | fingerprint |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            findings(md, "new", diff.newFindings());
            findings(md, "fixed", diff.fixedFindings());
            for (FindingChange change : diff.changedFindings()) {
                Finding was = change.before().orElseThrow();
                Finding now = change.after().orElseThrow();
                row(md, "changed", now.threatId(), now.description(), transition(was.severityText(),
                        now.severityText()), transition(was.status().label(), now.status().label()),
                        now.elementIdentity(), now.fingerprint());
            }
        }
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void findings(StringBuilder md, String change, List<FindingChange> changes) {
        for (FindingChange c : changes) {
            Finding f = c.finding();
            row(md, change, f.threatId(), f.description(), f.severityText(), f.status().label(), f.elementIdentity(),
                    f.fingerprint());
        }
    }

    private static String transition(String before, String after) {
        return before.equals(after) ? after : before + " → " + after;
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell(cell)).append(" |");
        }
        md.append('\n');
    }

    private static String cell(String text) {
        return MarkdownText.escape(text);
    }
}
