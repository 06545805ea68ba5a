package dev.tmj.format.ci;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.format.json.EscapingJsonWriter;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.FindingStatus;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A GitLab Code Quality report ({@code artifacts:reports:codequality}): a JSON array with one object per open
 * finding (handled ones are left out; an acceptance past its expiry is open), in model order, each with
 * {@code description} ({@code Abuse of privileges (AC01) on Server 'Web'}, one line), {@code check_name} (the SID), {@code fingerprint}, {@code severity} and
 * {@code location.path} / {@code location.lines.begin}.
 * <ul>
 *   <li>severity: very high is {@code blocker}, high {@code critical}, medium {@code major}, low {@code minor}, very
 *       low and info {@code info};</li>
 *   <li>fingerprint: tmj's fingerprint, which GitLab uses to tell findings apart and to match them between the
 *       merge request and its target. Should a fingerprint occur again in the report (the same element and threat
 *       in two models), the later ones get {@code -2}, {@code -3} ..., since GitLab merges equal fingerprints.</li>
 * </ul>
 * UTF-8 without a byte-order mark (GitLab refuses one), indented, with a final newline; the same result gives the
 * same bytes.
 */
public final class CodeQualityWriter implements Renderer<CheckResult> {
    private static final EscapingJsonWriter JSON = EscapingJsonWriter.escaping("", false);

    /** The writer; it keeps no state. */
    public CodeQualityWriter() {
    }

    @Override
    public void writeTo(CheckResult result, OutputStream out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        TextCache cache = new TextCache(CiText::clean);
        try (JsonGenerator g = JSON.open(out)) {
            g.setPrettyPrinter(EscapingJsonWriter.twoSpaceIndent());
            g.writeStartArray();
            for (ModelCheck model : result.models()) {
                for (CheckedFinding checked : model.checked()) {
                    if (checked.finding().status() == FindingStatus.OPEN) {
                        int repeat = seen.merge(checked.fingerprint(), 1, Integer::sum);
                        writeIssue(checked, repeat == 1 ? checked.fingerprint()
                                : checked.fingerprint() + "-" + repeat, cache, g);
                    }
                }
            }
            g.writeEndArray();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeIssue(CheckedFinding checked, String fingerprint, TextCache cache, JsonGenerator g)
            throws IOException {
        Finding finding = checked.finding();
        g.writeStartObject();
        g.writeStringField("description", cache.title(finding) + " (" + CiText.oneLine(finding.threatId()) + ") on "
                + cache.subject(finding));
        g.writeStringField("check_name", cache.escaped(finding.threatId()));
        g.writeStringField("fingerprint", fingerprint);
        g.writeStringField("severity", severity(finding.severity()));
        g.writeObjectFieldStart("location");
        g.writeStringField("path", cache.escaped(checked.path()));
        g.writeObjectFieldStart("lines");
        g.writeNumberField("begin", checked.line());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** pytm's severities on Code Quality's five. */
    static String severity(Severity severity) {
        return switch (severity) {
            case VERY_HIGH -> "blocker";
            case HIGH -> "critical";
            case MEDIUM -> "major";
            case LOW -> "minor";
            case VERY_LOW, INFO -> "info";
        };
    }
}
