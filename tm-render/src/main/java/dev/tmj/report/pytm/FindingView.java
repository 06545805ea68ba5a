package dev.tmj.report.pytm;

import dev.tmj.python.value.Py;
import dev.tmj.resolve.Finding;
import java.util.List;

/** A finding; {@code escaped} for those pytm escapes before rendering. */
final class FindingView extends FieldView {
    private static final List<String> FIELDS = List.of("element", "target", "description", "details",
            "severity", "mitigations", "example", "id", "threat_id", "references", "condition", "assumption",
            "response", "cvss", "likelihood", "fingerprint", "stride", "linddun", "category");

    private final ReportModel report;
    final Finding finding;
    final boolean escaped;

    FindingView(ReportModel report, Finding finding, boolean escaped) {
        super("Finding", FIELDS);
        this.report = report;
        this.finding = finding;
        this.escaped = escaped;
    }

    private String text(String value) {
        return escaped ? report.escape(value) : value;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "element" -> new ElementView(report, finding.element(), false);
            case "target" -> finding.target();
            case "description" -> text(finding.description());
            case "details" -> text(finding.details());
            case "severity" -> text(finding.severityText());
            case "mitigations" -> text(finding.mitigations());
            case "example" -> text(finding.example());
            case "id" -> text(finding.id());
            case "threat_id" -> text(finding.threatId());
            case "references" -> text(finding.references());
            case "condition" -> text(finding.condition());
            case "assumption" -> finding.assumption().<Object>map(AssumptionView::new).orElse(null);
            case "response" -> text(finding.response());
            case "cvss" -> text(finding.cvss());
            case "likelihood" -> text(finding.likelihood());
            case "fingerprint" -> finding.fingerprint();
            case "stride" -> text(finding.stride());
            case "linddun" -> text(finding.linddun());
            case "category" -> text(finding.category());
            default -> MISSING;
        };
    }

    @Override
    public String str() {
        return str(this);
    }

    @Override
    public String repr() {
        return repr(this);
    }

    /** pytm's {@code Finding.__str__}, shared with {@link OverrideView}. */
    static String str(ObjectView finding) {
        return "'" + Py.str(finding.attribute("target")) + "': " + Py.str(finding.attribute("description")) + "\n"
                + Py.str(finding.attribute("details")) + "\n" + Py.str(finding.attribute("severity"));
    }

    /** pytm's {@code Finding.__repr__}, shared with {@link OverrideView}. */
    static String repr(ObjectView finding) {
        return "<pytm.finding.Finding(" + Py.str(finding.attribute("id")) + ")>";
    }
}
