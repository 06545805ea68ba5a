package dev.tmj.format.ci;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.format.json.EscapingJsonWriter;
import dev.tmj.gate.Change;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.Element;
import dev.tmj.gate.TicketLink;
import dev.tmj.model.FindingStatus;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Severity;
import dev.tmj.threat.Threat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run per model, one rule per threat that has a result in the
 * run, one result per finding. Valid against the OASIS schema (errata01) and within GitHub's rules: every result has
 * exactly one physical location (a repository-relative {@code uri}, percent-encoded, and the line that declares the
 * element), the rule texts GitHub requires are never empty and at most 1,024 characters, and a run holds at most
 * {@value #MAX_RESULTS_PER_RUN} results (GitHub refuses more).
 *
 * <ul>
 *   <li>{@code automationDetails.id} is {@code tmj/<model path>/}, so several models upload side by side;</li>
 *   <li>a result's {@code level} is {@code error} when the finding fails the gate, otherwise {@code warning} for
 *       medium severity and above and {@code note} below;</li>
 *   <li>{@code partialFingerprints} holds tmj's fingerprint under {@value #FINGERPRINT_KEY} and no line hash, so a
 *       moved line is not a new alert;</li>
 *   <li>a result's {@code properties} name its element, severity, status, a privacy threat's LINDDUN category
 *       ({@code linddun}), risk ({@code {level, likelihood, impact}}: docs/risk.md) and, against a baseline, its
 *       change, so
 *       that a SARIF file tmj wrote serves as a baseline, and the finding's ticket ({@code ticket}, {@code ticketUrl})
 *       when {@code tmj sync} made one;</li>
 *   <li>a finding that is mitigated, accepted, transferred, avoided or a false positive carries an
 *       {@code external} suppression with its justification;</li>
 *   <li>a rule's {@code security-severity} is 9.5, 8.0, 5.5, 2.0, 1.0 and 0.5 for very high, high, medium, low,
 *       very low and info (GitHub: critical, high, medium, low, low, low).</li>
 * </ul>
 * docs/ci-outputs.md lists every field. The output is indented JSON in UTF-8 with a final newline; the same result
 * gives the same bytes.
 */
public final class SarifWriter implements Renderer<CheckResult> {
    /** The {@code $schema} GitHub's documentation recommends. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of tmj's fingerprint in a result's {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "tmj/v1";
    /** GitHub's limit of results in one run; beyond it the findings that matter least are left out. */
    public static final int MAX_RESULTS_PER_RUN = 25_000;

    private static final EscapingJsonWriter JSON = EscapingJsonWriter.escaping("", false);

    private final String semanticVersion;
    private final Optional<String> informationUri;
    private final int maxResults;

    private SarifWriter(String semanticVersion, Optional<String> informationUri, int maxResults) {
        this.semanticVersion = Objects.requireNonNull(semanticVersion, "semanticVersion");
        this.informationUri = informationUri;
        this.maxResults = maxResults;
    }

    /** The writer naming this build of tmj ({@code tool.driver.semanticVersion}). */
    public static SarifWriter standard() {
        return new SarifWriter(ToolInfo.version(), ToolInfo.informationUri(), MAX_RESULTS_PER_RUN);
    }

    /** The writer naming tmj at this version, for example in a golden-file test or an embedding tool. */
    public static SarifWriter withToolVersion(String semanticVersion) {
        return new SarifWriter(semanticVersion, Optional.empty(), MAX_RESULTS_PER_RUN);
    }

    /** This writer with a lower limit of results per run (at most {@value #MAX_RESULTS_PER_RUN}). */
    public SarifWriter withMaxResultsPerRun(int max) {
        if (max < 1 || max > MAX_RESULTS_PER_RUN) {
            throw new IllegalArgumentException("results per run must be 1 to " + MAX_RESULTS_PER_RUN + ", not " + max);
        }
        return new SarifWriter(semanticVersion, informationUri, max);
    }

    @Override
    public void writeTo(CheckResult result, OutputStream out) throws IOException {
        // Refuse before writing anything: GitHub rejects a whole file for one result without a location.
        result.models().forEach(model -> model.checked().forEach(SarifWriter::path));
        try (JsonGenerator g = JSON.open(out)) {
            g.setPrettyPrinter(EscapingJsonWriter.twoSpaceIndent());
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            for (ModelCheck model : result.models()) {
                writeRun(model, result.tickets(), g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void writeRun(ModelCheck model, Map<String, TicketLink> tickets, JsonGenerator g) throws IOException {
        List<CheckedFinding> results = selected(model.checked());
        SarifRulesWriter rules = SarifRulesWriter.of(results);
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "tmj");
        g.writeStringField("semanticVersion", semanticVersion);
        if (informationUri.isPresent()) {
            g.writeStringField("informationUri", informationUri.get());
        }
        rules.write(g);
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("automationDetails");
        g.writeStringField("id", "tmj/" + CiText.clean(model.path()) + "/");
        g.writeEndObject();
        int omitted = model.checked().size() - results.size();
        if (omitted > 0) {
            writeOmission(omitted, g);
        }
        g.writeArrayFieldStart("results");
        TextCache cache = new TextCache(path -> UriPath.encode(CiText.clean(path)));
        ResultTexts texts = new ResultTexts();
        for (CheckedFinding finding : results) {
            writeResult(finding, rules.indexOf(finding.finding().threatId()), model.baseline().isPresent(),
                    Optional.ofNullable(tickets.get(finding.fingerprint())), cache, texts, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The findings a run reports: all of them, or beyond the limit those that fail the gate, then open ones, then
     * by severity, kept in model order.
     */
    private List<CheckedFinding> selected(List<CheckedFinding> checked) {
        if (checked.size() <= maxResults) {
            return checked;
        }
        // One rank per finding, computed once: failing first, then open, then the most severe.
        int[] rank = new int[checked.size()];
        for (int i = 0; i < rank.length; i++) {
            CheckedFinding f = checked.get(i);
            rank[i] = (f.failsGate() ? 0 : 2 * Severity.values().length)
                    + (f.finding().status() == FindingStatus.OPEN ? 0 : Severity.values().length)
                    + Severity.values().length - 1 - f.finding().severity().ordinal();
        }
        Comparator<Integer> priority = Comparator.<Integer>comparingInt(i -> rank[i]).thenComparingInt(i -> i);
        return IntStream.range(0, checked.size()).boxed().sorted(priority).limit(maxResults).sorted()
                .map(checked::get).toList();
    }

    private static void writeOmission(int omitted, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        g.writeStartObject();
        g.writeStringField("level", "warning");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", omitted + " findings were left out: GitHub accepts at most " + MAX_RESULTS_PER_RUN
                + " results in a run; those that fail the gate, open ones and the most severe were kept.");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    /**
     * The texts of a run's results that recur for every finding of a threat or an element, made once: a message is
     * its threat's part and its element's part, each with its brackets escaped ({@link #message}; neither part
     * ends or starts with a bracket or a backslash, so they escape as their concatenation would).
     */
    private static final class ResultTexts {
        private final Map<Threat, String> ruleIds = new IdentityHashMap<>();
        private final Map<Threat, String> messageHeads = new IdentityHashMap<>();
        private final Map<Element, String> messageSubjects = new IdentityHashMap<>();
        private final Map<Element, String> elements = new IdentityHashMap<>();
        private final TextCache cache = new TextCache(CiText::clean);

        String ruleId(Finding finding) {
            return ruleIds.computeIfAbsent(finding.threat(), t -> CiText.clean(finding.threatId()));
        }

        /**
         * The alert's title, whose first sentence says it all: {@code Weak TLS (DE01) on Dataflow 'Post' from 'A' to
         * 'B'.}, from parts made once per threat and per element. Square brackets are escaped, as SARIF requires of
         * brackets that are not an embedded link.
         */
        String message(Finding finding) {
            return messageHeads.computeIfAbsent(finding.threat(), t -> escapeBrackets(cache.title(finding) + " ("
                    + CiText.oneLine(finding.threatId()) + ") on "))
                    + messageSubjects.computeIfAbsent(finding.element(), e -> escapeBrackets(cache.subject(finding)))
                    + ".";
        }

        String element(Finding finding) {
            return elements.computeIfAbsent(finding.element(), e -> CiText.clean(e.name()));
        }
    }

    private static void writeResult(CheckedFinding checked, int ruleIndex, boolean compared,
            Optional<TicketLink> ticket, TextCache cache, ResultTexts texts, JsonGenerator g) throws IOException {
        Finding finding = checked.finding();
        g.writeStartObject();
        g.writeStringField("ruleId", texts.ruleId(finding));
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(checked));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", texts.message(finding));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", cache.escaped(path(checked)));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", checked.line());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, checked.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("element", texts.element(finding));
        g.writeStringField("severity", CiText.severityWord(finding.severity()));
        g.writeStringField("status", finding.status().label());
        if (!finding.linddun().isEmpty()) {
            g.writeStringField("linddun", finding.linddun()); // a privacy threat's category (its rule's tags too)
        }
        g.writeObjectFieldStart("risk");
        g.writeStringField("level", finding.risk().level().label());
        g.writeStringField("likelihood", finding.risk().likelihood().label());
        g.writeStringField("impact", finding.risk().impact().label());
        g.writeEndObject();
        if (compared && checked.change() != Change.NOT_COMPARED) {
            g.writeStringField("change", checked.change().label());
        }
        if (ticket.isPresent()) {
            g.writeStringField("ticket", CiText.clean(ticket.get().key()));
            g.writeStringField("ticketUrl", CiText.clean(ticket.get().url()));
        }
        g.writeEndObject();
        if (finding.status().isHandled()) {
            writeSuppression(finding, g);
        }
        g.writeEndObject();
    }

    /** {@code error} fails the gate; otherwise the severity decides, as GitHub sorts warnings above notes. */
    static String level(CheckedFinding checked) {
        if (checked.failsGate()) {
            return "error";
        }
        return checked.finding().severity().compareTo(Severity.MEDIUM) >= 0 ? "warning" : "note";
    }

    /** Square brackets escaped as SARIF's messages need them (a backslash before one escaped first). */
    private static String escapeBrackets(String text) {
        return text.replace("\\[", "\\\\[").replace("\\]", "\\\\]").replace("[", "\\[").replace("]", "\\]");
    }

    /**
     * The finding's path with forward slashes and without a leading {@code ./}; never blank. The result's {@code uri}
     * is this path as a relative URI reference ({@link UriPath}).
     */
    private static String path(CheckedFinding checked) {
        String path = checked.path().replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.isBlank()) {
            throw new IllegalArgumentException("finding " + checked.fingerprint() + " (" + checked.finding()
                    + ") has no file: SARIF needs a location for every result");
        }
        return path;
    }

    private static void writeSuppression(Finding finding, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        g.writeStringField("kind", "external");
        g.writeStringField("status", "accepted");
        g.writeStringField("justification", CiText.clean(justification(finding)));
        Map<String, String> more = new java.util.TreeMap<>();
        if (!finding.owner().isBlank()) {
            more.put("owner", CiText.clean(finding.owner()));
        }
        finding.expires().ifPresent(day -> more.put("expires", day.toString()));
        if (!more.isEmpty()) {
            g.writeObjectFieldStart("properties");
            for (Map.Entry<String, String> e : more.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    /** {@link CiText#why why} the finding is handled, else its status: GitHub shows it beside the dismissal. */
    static String justification(Finding finding) {
        String why = CiText.why(finding);
        return why.isEmpty() ? finding.status().label() + " in the threat model" : why;
    }
}
