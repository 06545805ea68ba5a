package dev.tmj.report.pytm;

import dev.tmj.python.value.PyClass;
import dev.tmj.python.value.PyTuple;
import dev.tmj.threat.Threat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A threat of the library, with pytm's escaping. */
final class ThreatView extends FieldView {
    private static final List<String> FIELDS = List.of("id", "description", "condition", "details",
            "likelihood", "severity", "mitigations", "prerequisites", "example", "references", "target", "stride", "linddun", "category");

    private final ReportModel report;
    final Threat threat;

    ThreatView(ReportModel report, Threat threat) {
        super("Threat", FIELDS);
        this.report = report;
        this.threat = threat;
    }

    @Override
    public Object attribute(String name) {
        Threat.Texts t = threat.texts();
        return switch (name) {
            case "id" -> report.escape(threat.id());
            case "description" -> report.escape(t.description());
            case "condition" -> report.escape(threat.condition().text());
            case "details" -> report.escape(t.details());
            case "likelihood" -> report.escape(t.likelihood());
            case "severity" -> report.escape(t.severity());
            case "mitigations" -> report.escape(t.mitigations());
            case "prerequisites" -> t.prerequisites();
            case "example" -> report.escape(t.example());
            case "references" -> report.escape(t.references());
            case "target" -> {
                List<Object> classes = new ArrayList<>();
                threat.targets().forEach(type -> classes.add(PyClass.of(type)));
                yield new PyTuple(Collections.unmodifiableList(classes));
            }
            case "stride" -> report.escape(t.stride());
            case "linddun" -> report.escape(t.linddun());
            case "category" -> report.escape(t.category());
            default -> MISSING;
        };
    }

    @Override
    public String str() {
        return "Threat(" + threat.id() + ")";
    }

    @Override
    public String repr() {
        return "<pytm.threat.Threat(" + threat.id() + ")>";
    }
}
