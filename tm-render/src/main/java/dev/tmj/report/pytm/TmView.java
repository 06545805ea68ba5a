package dev.tmj.report.pytm;

import dev.tmj.model.Model;
import dev.tmj.resolve.Findings;
import java.util.List;

/** The model ({@code tm}); not a report copy, so its lists stay lists and its findings are unescaped. */
final class TmView extends SchemaView {
    private static final List<String> FIELDS = List.of("name", "description", "threatsFile", "isOrdered",
            "mergeResponses", "ignoreUnused", "findings", "excluded_findings", "onDuplicates", "assumptions",
            "colormap");

    private final Model model;
    private final Findings findings;

    TmView(ReportModel report, Model model, Findings findings) {
        super(report, model, "TM", "pytm.tm", model::name);
        this.model = model;
        this.findings = findings;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "findings" -> report.findingViews(findings.findings(), false);
            case "excluded_findings" -> report.findingViews(findings.excluded(), false);
            case "colormap" -> Boolean.FALSE;
            case "threatsFile" -> {
                String file = (String) model.get("threatsFile");
                yield file.isEmpty() ? findings.library().name() : file;
            }
            default -> FIELDS.contains(name) ? super.attribute(name) : MISSING;
        };
    }

    @Override
    public List<String> attributeNames() {
        return FIELDS;
    }
}
