package dev.tmj.format.ci;

import dev.tmj.gate.Change;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.io.XmlText;
import dev.tmj.model.Element;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import dev.tmj.threat.Threat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML as GitLab, Jenkins, Azure DevOps and GitHub's test-report actions read it: a {@code <testsuites>} root,
 * one {@code <testsuite>} per model (named by its path) and one {@code <testcase>} per finding, whose
 * {@code classname} is the element's name (a flow's name for a flow) and whose {@code name} is
 * {@code SID: threat description}, with {@code file} and {@code line} attributes.
 * <ul>
 *   <li>a finding that fails the gate has a {@code <failure>} (a one-line {@code message}, and in its text the
 *       threat, element, severity, status, {@code file:line} and fingerprint, since GitLab shows only the
 *       text);</li>
 *   <li>a handled finding (mitigated, accepted, transferred, avoided, false positive) is {@code <skipped>}, the
 *       reason (status and justification) in its {@code message} and text;</li>
 *   <li>an open finding the gate lets through (below the threshold, or known to the baseline with
 *       {@code --fail-on-new}) is an empty, passing test case.</li>
 * </ul>
 * The counts ({@code tests}, {@code failures}, {@code skipped}, {@code errors} = 0) agree with the cases, and
 * {@code time} is {@code 0}. A case whose class name and name repeat another in its suite (two flows with one name)
 * gets {@code " [2]"}, {@code " [3]"} ... after its name, because GitLab keeps only the first of equal names.
 * Text is XML 1.0: escaped, and characters XML cannot hold replaced ({@link XmlText}). UTF-8 with a final
 * newline; the same result gives the same bytes.
 */
public final class JunitXmlWriter implements Renderer<CheckResult> {
    /** The writer; it keeps no state. */
    public JunitXmlWriter() {
    }

    @Override
    public void writeTo(CheckResult result, OutputStream out) throws IOException {
        Writer xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        List<CheckedFinding> all = result.models().stream().flatMap(m -> m.checked().stream()).toList();
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write("<testsuites name=\"tmj\"");
        counts(all, xml);
        xml.write(">\n");
        for (ModelCheck model : result.models()) {
            writeSuite(model, result.gate(), xml);
        }
        xml.write("</testsuites>\n");
        xml.flush();
    }

    private static void counts(List<CheckedFinding> findings, Writer xml) throws IOException {
        long failures = findings.stream().filter(CheckedFinding::failsGate).count();
        long skipped = findings.stream().filter(JunitXmlWriter::skipped).count();
        xml.write(" tests=\"" + findings.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\""
                + skipped + "\" time=\"0\"");
    }

    /** Handled findings are skipped; one that would also fail cannot be, since the gate counts open ones only. */
    private static boolean skipped(CheckedFinding finding) {
        return !finding.failsGate() && finding.finding().status().isHandled();
    }

    private static void writeSuite(ModelCheck model, Gate gate, Writer xml) throws IOException {
        xml.write("  <testsuite name=\"" + attr(model.path()) + "\"");
        counts(model.checked(), xml);
        xml.write(">\n");
        TextCache cache = new TextCache(XmlText::attribute);
        SuiteTexts texts = new SuiteTexts(gate, model.baseline().isPresent());
        Map<CaseName, Integer> seen = new HashMap<>();
        for (CheckedFinding checked : model.checked()) {
            Finding finding = checked.finding();
            // Texts that recur (an element's name, a threat's, a file's) are escaped once and written as they are.
            String classname = cache.escaped(finding.element().name());
            String name = texts.caseName(finding);
            int repeat = seen.merge(new CaseName(classname, name), 1, Integer::sum);
            xml.write("    <testcase classname=\"");
            xml.write(classname);
            xml.write("\" name=\"");
            xml.write(name);
            if (repeat > 1) {
                xml.write(" [" + repeat + "]");
            }
            xml.write("\" file=\"");
            xml.write(cache.escaped(checked.path()));
            xml.write("\" line=\"");
            xml.write(Integer.toString(checked.line()));
            xml.write("\" time=\"0\"");
            if (checked.failsGate()) {
                xml.write(">\n      <failure message=\"");
                xml.write(texts.failureMessage(checked));
                xml.write("\" type=\"");
                xml.write(finding.severity().label());
                xml.write("\">");
                texts.writeFailureText(checked, xml);
                xml.write("</failure>\n    </testcase>\n");
            } else if (skipped(checked)) {
                String reason = skipReason(finding);
                xml.write(">\n      <skipped message=\"" + attr(reason) + "\">" + text(reason) + "</skipped>\n"
                        + "    </testcase>\n");
            } else {
                xml.write("/>\n");
            }
        }
        xml.write("  </testsuite>\n");
    }

    /** A test case's class name and name, both escaped, to find repeats by. */
    private record CaseName(String classname, String name) {
    }

    /** A failure message's parts: the severity, whether the finding is new, the SID (an instance of the threat's). */
    private record MessageKey(Severity severity, boolean isNew, String sid) {
    }

    /**
     * The escaped texts of one suite that recur for every finding of a threat, an element or a file: made once.
     * Each is escaped by itself; pieces of cleaned text (no lone surrogate) escape as their concatenation would.
     */
    private static final class SuiteTexts {
        private final Gate gate;
        private final boolean compared;
        private final TextCache cache = new TextCache(CiText::clean);
        private final Map<Threat, String> caseNames = new IdentityHashMap<>();
        private final Map<Threat, String> failureHeads = new IdentityHashMap<>();
        private final Map<Element, String> subjects = new IdentityHashMap<>();
        private final Map<MessageKey, String> messages = new HashMap<>();
        private final Map<String, String> paths = new HashMap<>();

        SuiteTexts(Gate gate, boolean compared) {
            this.gate = gate;
            this.compared = compared;
        }

        /** {@code SID: threat description}, escaped for an attribute. */
        String caseName(Finding finding) {
            return caseNames.computeIfAbsent(finding.threat(),
                    t -> attr(finding.threatId() + ": " + t.texts().description()));
        }

        /** {@link #failureMessage(CheckedFinding, Gate)}, escaped for an attribute. */
        String failureMessage(CheckedFinding checked) {
            Finding finding = checked.finding();
            return messages.computeIfAbsent(new MessageKey(finding.severity(), checked.change() == Change.NEW,
                    finding.threatId()), k -> attr(JunitXmlWriter.failureMessage(checked, gate)));
        }

        /**
         * What GitLab shows of a failure, escaped for element content: the threat, element, severity, risk, status (and
         * why), the change against the baseline, {@code file:line} and the fingerprint. The threat's details and
         * mitigations are left to the SARIF rules and the reports: with them the file of a large model outgrows
         * GitLab's 30 MB.
         */
        void writeFailureText(CheckedFinding checked, Writer xml) throws IOException {
            Finding finding = checked.finding();
            xml.write(failureHeads.computeIfAbsent(finding.threat(), t -> text(cache.title(finding) + " ("
                    + CiText.oneLine(finding.threatId()) + ")\nElement: ")));
            xml.write(subjects.computeIfAbsent(finding.element(), e -> text(cache.subject(finding))));
            xml.write("\nSeverity: ");
            xml.write(finding.severity().label());
            xml.write("\nRisk: ");
            xml.write(finding.risk().toString()); // tmj's own words: nothing to escape
            xml.write("\nStatus: ");
            xml.write(text(finding.status().label()));
            String reason = finding.statusReason();
            if (!reason.isBlank()) {
                xml.write(text(" (" + CiText.clean(reason) + ")"));
            }
            xml.write('\n');
            if (compared) {
                xml.write("Change: " + text(checked.change().label()) + "\n");
            }
            xml.write("Location: ");
            xml.write(paths.computeIfAbsent(checked.path(), path -> text(CiText.clean(path))));
            xml.write(':');
            xml.write(Integer.toString(checked.line()));
            xml.write("\nFingerprint: ");
            xml.write(text(checked.fingerprint()));
            xml.write('\n');
        }
    }

    /**
     * One line, since the test case names the element and the file: {@code High open finding CR06 fails the gate
     * (fail on high)}.
     */
    static String failureMessage(CheckedFinding checked, Gate gate) {
        Finding finding = checked.finding();
        return finding.severity().label() + (checked.change() == Change.NEW ? " new" : "") + " open finding "
                + CiText.oneLine(finding.threatId()) + " fails the gate (fail on " + gate.thresholdLabel()
                + (gate.onlyNew() ? ", new findings only" : "") + ")";
    }

    /** {@code accepted: the justification}, or the status alone when the model gives no reason. */
    static String skipReason(Finding finding) {
        String why = CiText.why(finding);
        String reason = finding.status().label() + (why.isEmpty() ? "" : ": " + why);
        if (!finding.owner().isBlank()) {
            reason += " (owner: " + finding.owner().strip() + ")";
        }
        return CiText.clean(reason);
    }

    private static String attr(String value) {
        return XmlText.attribute(value);
    }

    private static String text(String value) {
        return XmlText.text(value);
    }
}
