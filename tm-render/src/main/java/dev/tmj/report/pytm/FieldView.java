package dev.tmj.report.pytm;

import java.util.List;

/** What the views of objects with a fixed table of attributes (findings, threats, assumptions) share. */
abstract class FieldView implements ObjectView {
    private final String typeName;
    private final List<String> fields;

    FieldView(String typeName, List<String> fields) {
        this.typeName = typeName;
        this.fields = fields;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public List<String> attributeNames() {
        return fields;
    }
}
