package dev.tmj.report.pytm;

import dev.tmj.model.Data;

/** A data item of the model. */
final class DataView extends SchemaView {
    DataView(ReportModel report, Data data) {
        super(report, data, "Data", "pytm.data", data::name);
    }
}
