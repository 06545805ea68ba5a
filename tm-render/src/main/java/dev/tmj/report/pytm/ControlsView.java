package dev.tmj.report.pytm;

import dev.tmj.model.Controls;

/** An element's security controls; {@code str()} and {@code repr()} are pydantic's. */
final class ControlsView extends SchemaView {
    ControlsView(ReportModel report, Controls controls) {
        super(report, controls, "Controls", null, null);
    }

    @Override
    public String str() {
        return ReportModel.pydanticStr(this, " ");
    }

    @Override
    public String repr() {
        return "Controls(" + ReportModel.pydanticStr(this, ", ") + ")";
    }
}
