package dev.tmj.report.diff;

import dev.tmj.diff.AttributeChange;
import dev.tmj.diff.ElementChange;
import dev.tmj.diff.FindingChange;
import dev.tmj.diff.ModelDiff;
import dev.tmj.io.TerminalText;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code tmj diff}'s default output: one line per change, then a summary line; every line escaped by
 * {@link TerminalText#line} (model names may hold newlines, escape sequences or CI commands).
 *
 * <pre>
 * added    Server:Cache
 * removed  Datastore:DB
 * changed  Dataflow:Browse (Actor:User -&gt; Server:Web): protocol "HTTP" -&gt; "HTTPS"
 * new      SRV01 High open on Server:Cache (fingerprint 3f0c9e1a2b4d5e6f)
 * fixed    FLW02 Medium open on Dataflow:Browse (Actor:User -&gt; Server:Web) (fingerprint ...)
 * status   SRV01 on Server:Web: status open -&gt; mitigated
 * 1 element added, 1 removed, 1 changed; findings: 1 new, 1 fixed, 1 changed
 * </pre>
 *
 * A changed element has a line per changed attribute. With no difference the one line is {@code no changes}.
 */
public final class DiffText implements Renderer<ModelDiff> {
    /** The renderer; it keeps no state. */
    public DiffText() {
    }

    @Override
    public void writeTo(ModelDiff diff, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(4096);
        diff.added().forEach(change -> line(text, "added    " + change.identity()));
        diff.removed().forEach(change -> line(text, "removed  " + change.identity()));
        for (ElementChange change : diff.changed()) {
            for (AttributeChange attribute : change.attributes()) {
                line(text, "changed  " + change.identity() + ": " + attribute.attribute() + " " + attribute.before()
                        + " -> " + attribute.after());
            }
        }
        diff.newFindings().forEach(change -> line(text, "new      " + finding(change.finding())));
        diff.fixedFindings().forEach(change -> line(text, "fixed    " + finding(change.finding())));
        for (FindingChange change : diff.changedFindings()) {
            Finding was = change.before().orElseThrow();
            Finding now = change.after().orElseThrow();
            StringBuilder line = new StringBuilder("status   ").append(now.threatId()).append(" on ")
                    .append(now.elementIdentity()).append(':');
            if (was.status() != now.status()) {
                line.append(" status ").append(was.status().label()).append(" -> ").append(now.status().label());
            }
            if (was.severity() != now.severity()) {
                line.append(" severity ").append(was.severityText()).append(" -> ").append(now.severityText());
            }
            line(text, line.toString());
        }
        line(text, summary(diff));
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String finding(Finding f) {
        return f.threatId() + " " + f.severityText() + " " + f.status().label() + " on " + f.elementIdentity()
                + " (fingerprint " + f.fingerprint() + ")";
    }

    /** The counts, or {@code no changes}. */
    static String summary(ModelDiff diff) {
        if (diff.isEmpty()) {
            return "no changes";
        }
        return count(diff.added(), "element added") + ", " + diff.removed().size() + " removed, "
                + diff.changed().size() + " changed; findings: " + diff.newFindings().size() + " new, "
                + diff.fixedFindings().size() + " fixed, " + diff.changedFindings().size() + " changed";
    }

    private static String count(List<?> items, String one) {
        return items.size() + " " + (items.size() == 1 ? one : one.replace("element", "elements"));
    }

    private static void line(StringBuilder text, String line) {
        text.append(TerminalText.line(line)).append('\n');
    }
}
