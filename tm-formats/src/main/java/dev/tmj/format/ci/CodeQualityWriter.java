package dev.tmj.format.ci;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.format.json.EscapingJsonWriter;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.Element;
import dev.tmj.model.FindingStatus;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import dev.tmj.threat.Threat;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
        IssueTextWriter texts = new IssueTextWriter();
        // The fixed shape of every issue written as bytes, its recurring texts escaped once (by the generator that
        // escapes everything else): a generator and its pretty printer per value took most of the time.
        BufferedOutputStream json = new BufferedOutputStream(out, 1 << 16);
        boolean first = true;
        for (ModelCheck model : result.models()) {
            for (CheckedFinding checked : model.checked()) {
                if (checked.finding().status() == FindingStatus.OPEN) {
                    int repeat = seen.merge(checked.fingerprint(), 1, Integer::sum);
                    json.write(first ? ISSUE_FIRST : ISSUE_NEXT);
                    first = false;
                    writeIssue(checked, repeat == 1 ? checked.fingerprint()
                            : checked.fingerprint() + "-" + repeat, texts, json);
                }
            }
        }
        json.write(first ? EMPTY : END);
        json.flush();
    }

    private static final byte[] EMPTY = ascii("[]\n");
    private static final byte[] ISSUE_FIRST = ascii("[\n  {\n    \"description\": \"");
    private static final byte[] ISSUE_NEXT = ascii(",\n  {\n    \"description\": \"");
    private static final byte[] CHECK_NAME = ascii("\",\n    \"check_name\": \"");
    private static final byte[] FINGERPRINT = ascii("\",\n    \"fingerprint\": \"");
    private static final byte[] SEVERITY = ascii("\",\n    \"severity\": \"");
    private static final byte[] PATH = ascii("\",\n    \"location\": {\n      \"path\": \"");
    private static final byte[] BEGIN = ascii("\",\n      \"lines\": {\n        \"begin\": ");
    private static final byte[] ISSUE_END = ascii("\n      }\n    }\n  }");
    private static final byte[] END = ascii("\n]\n");

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static void writeIssue(CheckedFinding checked, String fingerprint, IssueTextWriter texts, OutputStream json)
            throws IOException {
        Finding finding = checked.finding();
        json.write(texts.descriptionHead(finding));
        json.write(texts.subject(finding));
        json.write(CHECK_NAME);
        json.write(texts.checkName(finding));
        json.write(FINGERPRINT);
        json.write(texts.fingerprint(fingerprint));
        json.write(SEVERITY);
        json.write(SEVERITIES[finding.severity().ordinal()]);
        json.write(PATH);
        json.write(texts.path(checked.path()));
        json.write(BEGIN);
        json.write(ascii(Integer.toString(checked.line())));
        json.write(ISSUE_END);
    }

    /** Each severity's Code Quality word as bytes. */
    private static final byte[][] SEVERITIES = java.util.Arrays.stream(Severity.values())
            .map(s -> ascii(severity(s))).toArray(byte[][]::new);

    /**
     * The escaped UTF-8 bytes (without quotes) of the texts that recur for every finding of a threat, an element or
     * a file. A description is its threat's part ({@code title (SID) on }) and its element's part; both are
     * {@linkplain CiText#clean clean} (no lone surrogate), so each escapes as it would inside the whole.
     */
    private static final class IssueTextWriter {
        private final TextCache cache = new TextCache(CiText::clean);
        private final Map<Threat, byte[]> heads = new IdentityHashMap<>();
        private final Map<Threat, byte[]> checkNames = new IdentityHashMap<>();
        private final Map<Element, byte[]> subjects = new IdentityHashMap<>();
        private final Map<String, byte[]> paths = new HashMap<>();

        byte[] descriptionHead(Finding finding) {
            return heads.computeIfAbsent(finding.threat(), t -> escaped(cache.title(finding) + " ("
                    + CiText.oneLine(finding.threatId()) + ") on "));
        }

        byte[] subject(Finding finding) {
            return subjects.computeIfAbsent(finding.element(), e -> escaped(cache.subject(finding)));
        }

        byte[] checkName(Finding finding) {
            return checkNames.computeIfAbsent(finding.threat(), t -> escaped(CiText.clean(finding.threatId())));
        }

        byte[] path(String path) {
            return paths.computeIfAbsent(path, p -> escaped(CiText.clean(p)));
        }

        /** A fingerprint (hex digits, {@code -2} ...: nothing to escape, so written as it is) as bytes. */
        byte[] fingerprint(String fingerprint) {
            for (int i = 0; i < fingerprint.length(); i++) {
                char c = fingerprint.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == '-')) {
                    return escaped(fingerprint);
                }
            }
            return ascii(fingerprint);
        }

        /** The text as the generator writes a JSON string, without its quotes. */
        byte[] escaped(String text) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 8);
            try (JsonGenerator g = JSON.open(bytes)) {
                g.writeString(text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            byte[] quoted = bytes.toByteArray();
            return java.util.Arrays.copyOfRange(quoted, 1, quoted.length - 1);
        }
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
