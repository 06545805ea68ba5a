package dev.tmj.report.pytm;

import dev.tmj.model.FindingOverride;
import dev.tmj.model.Schemas;
import dev.tmj.model.ValueType;
import java.util.ArrayList;
import java.util.List;

/** An override in an element's {@code overrides} (pytm models it as a Finding). */
final class OverrideView extends SchemaView {
    private final FindingOverride override;

    OverrideView(ReportModel report, FindingOverride override) {
        super(report, override, "Finding", null, null);
        this.override = override;
    }

    @Override
    public Object attribute(String name) {
        if (name.equals("element") || name.equals("assumption")) {
            return null;
        }
        if (name.equals("status") || name.equals("expires")) {
            // tmj's typed decision fields, as the text a template reads ("" when the override sets none)
            return override.isSet(name) ? ValueType.text(override.get(name)) : "";
        }
        return super.attribute(name);
    }

    @Override
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(List.of("element", "assumption"));
        names.addAll(Schemas.FINDING.names());
        return names;
    }

    @Override
    public String str() {
        return FindingView.str(this);
    }

    @Override
    public String repr() {
        return FindingView.repr(this);
    }
}
