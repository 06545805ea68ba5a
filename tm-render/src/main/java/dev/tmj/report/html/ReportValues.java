package dev.tmj.report.html;

import dev.tmj.dfd.DfdDiagram;
import dev.tmj.resolve.Evidence;
import dev.tmj.threat.Linddun;
import java.util.List;

/**
 * The values the report templates see, as records whose component and method names are the names a template uses
 * ({@code {{#findings}}{{sid}}{{/findings}}}); {@link ReportView} builds them from the findings. They are documented
 * in the bundled templates' header comments.
 */
final class ReportValues {
    private ReportValues() {
    }

    /** A count for the summary; {@code percent} is relative to the largest count of its table, for bars. */
    record Count(String name, String key, int count, int percent, String filterHref, String css) {
    }

    /** A piece of free text: either plain {@code text}, or a {@code url} (then text is the same URL). */
    record Link(String text, String url) {
    }

    /**
     * An element named by a finding or a flow: {@code index} in {@code CheckedModel.elements()} (-1 when it is not
     * there), {@code anchor} the id of its section ("" when it has none).
     */
    record ElementRef(String name, String type, int index) {
        public String anchor() {
            return index < 0 ? "" : DfdDiagram.anchor(index);
        }

        public boolean hasAnchor() {
            return index >= 0;
        }
    }

    /**
     * A test that claims to mitigate a finding: its name, whether it passed, {@code result} "passed" or "failed",
     * and why it failed ("" when it passed).
     */
    record EvidenceView(String test, boolean passed, String result, String detail) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.test(), e.passed(), e.passed() ? "passed" : "failed", e.detail());
        }
    }

    /**
     * A finding (or an excluded finding). {@code number} is its 1-based position in its list, {@code anchor}
     * the id of its table row group ({@code finding-N}; {@code excluded-N} for excluded ones). {@code status}
     * is core's status label ("open", "false positive" ...), {@code statusCss} the same as a CSS class name
     * ({@code false-positive}); {@code statusReason}, {@code owner}, {@code justification} and {@code expires}
     * (an ISO date) are "" when there is none. {@code category} is the threat's category in whichever framework it
     * belongs to ({@code framework}: STRIDE, LINDDUN or ""), {@code strideKey} the same as the category filter's
     * value ("(none)" when the threat has no category); {@code stride} is the STRIDE category alone. {@code threat}
     * is its threat's entry in {@link View#threats()} (null for an excluded finding whose threat has no finding);
     * {@code ownDetails}, {@code ownMitigations}, {@code ownExample} and {@code ownReferences} are the finding's
     * text where it differs from its threat's (an override, or the cause a threat's evidence attribute adds to the
     * details), else empty: a report shows the threat's texts once, in its entry, and a finding's own beside it.
     */
    record FindingView(int number, int index, String anchor, String id, String sid, String severity, int level,
            String likelihood, String status, String statusCss, String statusReason, String owner,
            String justification, String expires, List<EvidenceView> evidence, String response, String stride,
            String strideKey, String category, String framework, ElementRef element, String description, String details, String mitigations,
            String example, List<Link> references, List<String> classifications, String cvss, String fingerprint,
            String location, String assumption, String assumptionDescription, String firstSeen, String risk,
            String riskLikelihood, String riskImpact, String riskCell, ThreatView threat, String ownDetails,
            String ownMitigations, String ownExample, List<Link> ownReferences) {
        public boolean hasEvidence() {
            return !evidence.isEmpty();
        }

        /** Whether the category is LINDDUN's (a privacy threat). */
        public boolean isLinddun() {
            return framework.equals(Linddun.FRAMEWORK);
        }

        public boolean hasReferences() {
            return !references.isEmpty();
        }

        public boolean hasClassifications() {
            return !classifications.isEmpty();
        }

        public String classificationList() {
            return String.join(", ", classifications);
        }

        public boolean hasOwnReferences() {
            return !ownReferences.isEmpty();
        }
    }

    /**
     * A threat that has findings, described once for all of them: {@code number} its 1-based position in
     * {@link View#threats()}, {@code anchor} the id of its entry ({@code threat-N}); {@code sid}, {@code description}
     * (its title), {@code severity} ("(none)" when blank), {@code level}, {@code likelihood}, {@code stride},
     * {@code strideKey}, {@code category} and {@code framework} as a finding's; its texts as the library gives
     * them; {@code findingCount} its findings, {@code openCount} those of them still open.
     */
    record ThreatView(int number, String anchor, String sid, String description, String severity, int level,
            String likelihood, String stride, String strideKey, String category, String framework, String details,
            String mitigations, String example, List<Link> references, List<String> classifications,
            int findingCount, int openCount) {
        public boolean isLinddun() {
            return framework.equals(Linddun.FRAMEWORK);
        }

        public boolean hasReferences() {
            return !references.isEmpty();
        }

        public boolean hasClassifications() {
            return !classifications.isEmpty();
        }

        public String classificationList() {
            return String.join(", ", classifications);
        }
    }

    /** An element of the checked model; {@code index} is its position in {@code CheckedModel.elements()}. */
    record ElementView(int index, String anchor, String name, String type, String boundary, String description,
            String location, boolean isDataflow, ElementRef source, ElementRef sink, List<String> data,
            List<FindingView> findings, int findingCount, String filterHref, String css, boolean inScope) {
        public boolean hasFindings() {
            return !findings.isEmpty();
        }

        public boolean hasData() {
            return !data.isEmpty();
        }

        public String dataList() {
            return String.join(", ", data);
        }
    }

    /**
     * A cell of the risk matrix: {@code key} is what the page's filter compares ({@code 4-5}: likelihood level,
     * impact level), {@code level} the cell's risk level, {@code label} the cell in words for assistive technology.
     */
    record RiskCell(String key, String likelihood, String impact, String level, int count, String label) {
    }

    /** A row of the risk matrix: one likelihood, its cells from the lowest impact to the highest. */
    record RiskRow(String likelihood, List<RiskCell> cells) {
    }

    /** A column heading of the risk matrix: an impact. */
    record RiskColumn(String impact) {
    }

    /** A choice of a filter: the value the script compares, the label shown, how many findings have it. */
    record Option(String value, String label, int count) {
    }

    record WarningView(String threatId, String element, String message) {
    }

    /** A part of a diagram too large to draw whole: its title, its sanitized SVG or a note why it is missing. */
    record DiagramPart(String title, String svg, String note) {
        public boolean hasSvg() {
            return !svg.isEmpty();
        }
    }

    /** The whole report; {@code byLinddun} is empty when no finding has a LINDDUN category. */
    record View(String title, String description, String library, int findingCount, int excludedCount,
            int warningCount, int elementCount, List<Count> bySeverity, List<Count> byStride, List<Count> byLinddun,
            List<Count> byStatus,
            List<ThreatView> threats, List<FindingView> findings, List<FindingView> excluded,
            List<ElementView> elements,
            List<WarningView> warnings, List<Option> severityOptions, List<Option> statusOptions,
            List<Option> strideOptions, List<Option> elementOptions, String diagram, String diagramNote,
            List<DiagramPart> diagramParts, String data, String script, String scriptHash, String historyChart,
            int historyRuns, List<RiskRow> riskMatrix, List<RiskColumn> riskColumns) {
        /** Whether a finding has a LINDDUN category: the reports then show categories of both frameworks. */
        public boolean hasLinddun() {
            return !byLinddun.isEmpty();
        }

        public boolean hasHistory() {
            return !historyChart.isEmpty();
        }

        public boolean hasFindings() {
            return !findings.isEmpty();
        }

        public int threatCount() {
            return threats.size();
        }

        public boolean hasExcluded() {
            return !excluded.isEmpty();
        }

        public boolean hasWarnings() {
            return !warnings.isEmpty();
        }

        public boolean hasDiagram() {
            return !diagram.isEmpty();
        }
    }
}
