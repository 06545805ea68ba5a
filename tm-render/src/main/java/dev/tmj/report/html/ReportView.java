package dev.tmj.report.html;

import dev.tmj.dfd.DfdDiagram;
import dev.tmj.model.Assumption;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import dev.tmj.resolve.Evidence;
import dev.tmj.report.html.ReportValues.Count;
import dev.tmj.report.html.ReportValues.DiagramPart;
import dev.tmj.report.html.ReportValues.ElementRef;
import dev.tmj.report.html.ReportValues.ElementView;
import dev.tmj.report.html.ReportValues.EvidenceView;
import dev.tmj.report.html.ReportValues.FindingView;
import dev.tmj.report.html.ReportValues.Link;
import dev.tmj.report.html.ReportValues.Option;
import dev.tmj.report.html.ReportValues.RiskCell;
import dev.tmj.report.html.ReportValues.RiskColumn;
import dev.tmj.report.html.ReportValues.RiskRow;
import dev.tmj.report.html.ReportValues.ThreatView;
import dev.tmj.report.html.ReportValues.View;
import dev.tmj.report.html.ReportValues.WarningView;
import dev.tmj.resolve.Finding;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Linddun;
import dev.tmj.threat.Severity;
import dev.tmj.threat.Threat;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the report templates see: plain values, already counted, grouped and ordered, so that the templates stay
 * logic-less and every output is deterministic. The record components are the names a template uses
 * ({@code {{title}}}, {@code {{#findings}}...{{/findings}}}); they are documented in the bundled templates.
 *
 * <p>All strings are the model's raw text: the template engine escapes them for the output format. The only
 * values meant for triple mustaches ({@code {{{...}}}}) are {@link View#diagram() diagram} (sanitized SVG),
 * {@link View#data() data} (JSON escaped for a script element), {@link View#script() script} and the
 * {@link Link#url() url} of a reference (an http(s) URL without spaces, quotes or angle brackets).
 */
final class ReportView {
    /** The STRIDE categories in their usual order; other categories follow, sorted. */
    static final List<String> STRIDE = List.of("Spoofing", "Tampering", "Repudiation", "Information disclosure",
            "Denial of service", "Elevation of privilege");
    /** Every framework's categories in their usual order: STRIDE's, then LINDDUN's; other categories follow. */
    static final List<String> CATEGORIES = java.util.stream.Stream.concat(STRIDE.stream(), Linddun.labels().stream())
            .toList();
    /**
     * pytm's severities, most severe first, always counted; other severities found in the findings follow. Info,
     * what an unknown text counts as, is counted only when a finding has it.
     */
    static final List<Severity> SEVERITIES = Arrays.stream(Severity.values())
            .filter(s -> s != Severity.INFO).sorted(Comparator.reverseOrder()).toList();
    /** The labels of core's finding statuses in sort order: unhandled first, proved mitigations last. */
    static final List<String> STATUSES = List.of(FindingStatus.OPEN, FindingStatus.ACCEPTED,
            FindingStatus.TRANSFERRED, FindingStatus.AVOIDED, FindingStatus.FALSE_POSITIVE, FindingStatus.MITIGATED)
            .stream().map(FindingStatus::label).toList();
    static final String NONE = "(none)";
    /** The CSS names of the statuses, worked out once: a regular expression per finding took a tenth of a report. */
    private static final Map<String, String> STATUS_CSS = STATUSES.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(s -> s, ReportView::cssName));

    /** An http(s) URL inside free text: no whitespace, quotes, angle brackets, backticks or backslashes. */
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&()*+;=%,]+");

    private ReportView() {
    }

    /**
     * The view for a Markdown report: no diagram, and none of the HTML page's script values ({@code data},
     * {@code script} and {@code scriptHash} are empty: the script's data of a large model is hundreds of megabytes
     * that a Markdown report does not show).
     */
    static View markdown(Findings findings) {
        return of(findings, "", "", List.of(), "", "", null, false);
    }

    /**
     * The view of a resolved model; {@code diagram} is sanitized SVG or "", {@code parts} the diagram's parts when
     * it is drawn in parts (else empty), {@code script} the page's script.
     */
    static View of(Findings findings, String diagram, String diagramNote, List<DiagramPart> parts, String script,
            String scriptHash, ReportHistory history) {
        return of(findings, diagram, diagramNote, parts, script, scriptHash, history, true);
    }

    private static View of(Findings findings, String diagram, String diagramNote, List<DiagramPart> parts,
            String script, String scriptHash, ReportHistory history, boolean scriptData) {
        Map<String, String> firstSeen = history == null ? Map.of() : history.firstSeen();
        Model model = findings.checkedModel().model();
        List<Element> elements = findings.checkedModel().elements();
        Map<Element, Integer> indexes = new IdentityHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            indexes.put(elements.get(i), i);
        }

        Map<Threat, ThreatView> threats = ThreatViews.of(findings.findings());
        List<FindingView> found = new ArrayList<>(findings.findings().size());
        for (int i = 0; i < findings.findings().size(); i++) {
            found.add(finding(findings.findings().get(i), i, "finding-" + (i + 1), indexes, firstSeen, threats));
        }
        List<FindingView> excluded = new ArrayList<>();
        for (int i = 0; i < findings.excluded().size(); i++) {
            excluded.add(finding(findings.excluded().get(i), i, "excluded-" + (i + 1), indexes, firstSeen,
                    threats));
        }

        Map<Integer, List<FindingView>> byElement = new TreeMap<>();
        for (FindingView f : found) {
            byElement.computeIfAbsent(indexOf(f), k -> new ArrayList<>()).add(f);
        }
        List<ElementView> elementViews = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            elementViews.add(element(elements.get(i), i, byElement.getOrDefault(i, List.of()), indexes));
        }

        List<WarningView> warnings = findings.warnings().stream()
                .map(w -> new WarningView(w.threatId(), w.element(), w.message()))
                .toList();

        List<Count> bySeverity = severityCounts(found);
        List<FindingView> privacy = found.stream().filter(FindingView::isLinddun).toList();
        List<Count> byStride = counts(found.stream().filter(f -> !f.isLinddun()).toList(), "stride",
                FindingView::strideKey, STRIDE, strideOrder(), true);
        List<Count> byLinddun = privacy.isEmpty() ? List.of() : counts(privacy, "stride", FindingView::strideKey,
                Linddun.labels(), strideOrder(), true);
        List<Count> byStatus = counts(found, "status", FindingView::status, STATUSES, statusOrder(), false);

        // Lists handed to templates are immutable, so that no template value can change the report it is in.
        return new View(model.name(), orEmpty(model.description()), findings.library().name(), found.size(),
                excluded.size(), warnings.size(), elements.size(), bySeverity, byStride, byLinddun, byStatus,
                ThreatViews.inOrder(threats), List.copyOf(found), List.copyOf(excluded), List.copyOf(elementViews), warnings, options(bySeverity), options(byStatus), categoryOptions(byStride, byLinddun),
                elementOptions(elementViews), diagram, diagramNote, List.copyOf(parts),
                scriptData ? data(found, elementViews) : "", script,
                scriptHash, history == null || history.runs().isEmpty() ? "" : HistoryChart.svg(history.runs()),
                history == null ? 0 : history.runs().size(), RiskMatrixCounts.rows(found), RiskMatrixCounts.COLUMNS);
    }

    private static int indexOf(FindingView f) {
        return f.element().index();
    }

    private static FindingView finding(Finding f, int index, String anchor, Map<Element, Integer> indexes,
            Map<String, String> firstSeen, Map<Threat, ThreatView> threats) {
        Element e = f.element();
        Integer elementIndex = indexes.get(e);
        ElementRef element = new ElementRef(f.target(), e.type().pytmName(),
                elementIndex == null ? -1 : elementIndex);
        Assumption assumption = f.assumption().orElse(null);
        String severity = f.severityText();
        String status = f.status().label();
        Threat.Texts texts = f.threat().texts();
        ThreatView threat = threats.get(f.threat());
        String references = f.references();
        List<Link> links = threat != null && references.equals(texts.references()) ? threat.references()
                : links(references);
        String details = f.details();
        String mitigations = f.mitigations();
        String example = f.example();
        return new FindingView(index + 1, index, anchor, f.id(), f.threatId(),
                severity.isBlank() ? NONE : severity, f.severity().level(), f.likelihood(),
                status, statusCss(status), f.statusReason(), f.owner(), f.justification(),
                f.expires().map(LocalDate::toString).orElse(""),
                f.evidence().stream().map(EvidenceView::of).toList(), f.response(), f.stride(), f.category().isBlank() ? NONE : f.category(), f.category(), f.framework(), element,
                f.description(), details, mitigations, example, links,
                f.threat().texts().classifications(), f.cvss(), f.fingerprint(),
                f.location().map(SourceLocation::toString).orElse(""),
                assumption == null ? "" : assumption.name(), assumption == null ? "" : assumption.description(),
                firstSeen.getOrDefault(f.fingerprint(), ""), f.risk().level().label(),
                f.risk().likelihood().label(), f.risk().impact().label(), RiskMatrixCounts.key(f.risk()), threat,
                ownDetails(f, details, texts.details()), own(mitigations, texts.mitigations()),
                own(example, texts.example()),
                references.equals(texts.references()) ? List.of() : links);
    }

    /**
     * A finding's details where they differ from its threat's, else "": only the cause when that is all the
     * difference (the threat's details are in its entry).
     */
    private static String ownDetails(Finding f, String details, String threats) {
        String cause = f.cause();
        if (!cause.isEmpty() && !threats.isEmpty() && details.equals(threats + " Cause: " + cause)) {
            return "Cause: " + cause;
        }
        return own(details, threats);
    }

    /** A finding's text where it differs from its threat's, else "". */
    private static String own(String text, String threats) {
        return text.equals(threats) ? "" : text;
    }

    private static ElementView element(Element e, int index, List<FindingView> findings,
            Map<Element, Integer> indexes) {
        List<String> path = new ArrayList<>();
        e.boundaryPath().forEach(b -> path.add(0, b.name()));
        List<String> data = new ArrayList<>();
        if (e.schema().has("data") && e.get("data") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Data d) {
                    data.add(d.name());
                }
            }
        }
        ElementRef source = e.isDataflow() ? ref(e.source(), indexes) : null;
        ElementRef sink = e.isDataflow() ? ref(e.sink(), indexes) : null;
        int level = findings.stream().mapToInt(FindingView::level).max().orElse(-1);
        return new ElementView(index, "element-" + index, e.name(), e.type().pytmName(), String.join(" › ", path),
                orEmpty((String) e.get("description")), e.location().map(SourceLocation::toString).orElse(""),
                e.isDataflow(), source, sink, List.copyOf(data), List.copyOf(findings), findings.size(),
                filterHref("element", String.valueOf(index)), level < 0 ? "sev-none" : "sev-" + level, e.inScope());
    }

    private static ElementRef ref(Element e, Map<Element, Integer> indexes) {
        if (e == null) {
            return new ElementRef("", "", -1);
        }
        Integer i = indexes.get(e);
        return new ElementRef(e.name(), e.type().pytmName(), i == null ? -1 : i);
    }

    /** Free text cut into plain text and http(s) links. */
    static List<Link> links(String text) {
        List<Link> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            int end = m.end();
            // a URL does not end with punctuation that closes the sentence around it
            while (end > m.start() && ".,;:!?)]".indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && text.substring(m.start(), end).contains("("))) {
                end--;
            }
            if (m.start() > at) {
                out.add(new Link(text.substring(at, m.start()), null));
            }
            String url = text.substring(m.start(), end);
            out.add(new Link(url, url));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Link(text.substring(at), null));
        }
        return List.copyOf(out);
    }

    private static List<Count> severityCounts(List<FindingView> findings) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Severity s : SEVERITIES) {
            levels.put(s.label(), s.level());
        }
        // each severity text once (its level follows from the text), then sorted: not every finding
        Map<String, Integer> found = new java.util.HashMap<>();
        findings.forEach(f -> found.putIfAbsent(f.severity(), f.level()));
        found.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> levels.putIfAbsent(e.getKey(), e.getValue()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        levels.keySet().forEach(k -> counts.put(k, 0));
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Count> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new Count(name, name, n, percent(n, max),
                filterHref("severity", name), "sev-" + levels.get(name) + (n == 0 ? " zero" : ""))));
        return out;
    }

    private static List<Count> counts(List<FindingView> findings, String filter,
            java.util.function.Function<FindingView, String> key, List<String> always, Comparator<String> order,
            boolean keepZeros) {
        Map<String, Integer> counts = new TreeMap<>(order);
        if (keepZeros) {
            always.forEach(s -> counts.put(s, 0));
        }
        findings.forEach(f -> counts.merge(canonical(key.apply(f), always), 1, Integer::sum));
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Count> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new Count(name, name, n, percent(n, max), filterHref(filter, name),
                "count-" + filter + "-" + cssName(name) + (n == 0 ? " zero" : ""))));
        return out;
    }

    private static String canonical(String value, List<String> known) {
        return known.stream().filter(k -> k.equalsIgnoreCase(value)).findFirst().orElse(value);
    }

    private static int percent(int n, int max) {
        return max == 0 ? 0 : (int) Math.round(n * 100.0 / max);
    }

    private static String statusCss(String status) {
        String css = STATUS_CSS.get(status);
        return css != null ? css : cssName(status);
    }

    static String cssName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** A ranking that puts the known values first, in their order, then the rest by name, "(none)" last. */
    private static Comparator<String> knownFirst(List<String> known) {
        return Comparator.<String>comparingInt(s -> {
            for (int i = 0; i < known.size(); i++) {
                if (known.get(i).equalsIgnoreCase(s)) {
                    return i;
                }
            }
            return s.equals(NONE) ? Integer.MAX_VALUE : known.size();
        }).thenComparing(Comparator.naturalOrder());
    }

    static Comparator<String> strideOrder() {
        return knownFirst(CATEGORIES);
    }

    static Comparator<String> statusOrder() {
        return knownFirst(STATUSES);
    }

    static String filterHref(String key, String value) {
        return "#filter:" + key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Option> options(List<Count> counts) {
        return counts.stream().filter(c -> c.count() > 0).map(c -> new Option(c.key(), c.name(), c.count()))
                .toList();
    }

    /** The category filter's choices: STRIDE's categories, then LINDDUN's, each with the framework named. */
    private static List<Option> categoryOptions(List<Count> stride, List<Count> linddun) {
        List<Option> out = new ArrayList<>(options(stride));
        linddun.stream().filter(c -> c.count() > 0)
                .forEach(c -> out.add(new Option(c.key(), c.name() + " (" + Linddun.FRAMEWORK + ")", c.count())));
        return List.copyOf(out);
    }

    private static List<Option> elementOptions(List<ElementView> elements) {
        return elements.stream().filter(ElementView::hasFindings)
                .map(e -> new Option(String.valueOf(e.index()), e.name() + " · " + e.type(), e.findingCount()))
                .toList();
    }

    /**
     * What the page's script needs per finding: the filter values and a rank per sort key (computed here, so
     * that sorting does not depend on the browser's locale).
     */
    private static String data(List<FindingView> findings, List<ElementView> elements) {
        Map<Integer, Integer> elementRank = ranks(elements.stream().map(ElementView::index).toList(),
                Comparator.<Integer, String>comparing(i -> elements.get(i).name().toLowerCase(Locale.ROOT))
                        .thenComparing(i -> elements.get(i).name()).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> sidRank = ranks(findings.stream().map(FindingView::sid).distinct().toList(),
                ReportView::compareNatural);
        Comparator<String> stride = strideOrder();
        Map<String, Integer> strideRank = ranks(findings.stream().map(FindingView::strideKey).distinct().toList(),
                (a, b) -> stride.compare(canonical(a, CATEGORIES), canonical(b, CATEGORIES)));
        Map<String, Integer> statusRank = ranks(STATUSES, statusOrder());

        List<ScriptJsonWriter.Row> rows = new ArrayList<>(findings.size());
        for (FindingView f : findings) {
            int element = indexOf(f);
            rows.add(new ScriptJsonWriter.Row(f, element < 0 ? "" : String.valueOf(element),
                    statusRank.getOrDefault(f.status(), STATUSES.size()), strideRank.get(f.strideKey()),
                    element < 0 ? elements.size() : elementRank.get(element), sidRank.get(f.sid())));
        }
        return ScriptJsonWriter.findings(rows);
    }

    private static <T> Map<T, Integer> ranks(List<T> values, Comparator<? super T> order) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(order);
        Map<T, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.putIfAbsent(sorted.get(i), i);
        }
        return out;
    }

    /** Compares SIDs such as INP2 and INP10 by their numbers. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
