package dev.tmj.report.pytm;

import dev.tmj.model.ElementType;
import java.util.List;

/** An element class, as a threat's {@code target} holds it. */
record PyClass(ElementType type) implements PyObject {
    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public Object attribute(String name) {
        return Py.MISSING;
    }

    @Override
    public List<String> attributeNames() {
        return List.of();
    }

    @Override
    public List<Object> iterate() {
        return List.of();
    }

    @Override
    public String str() {
        return repr();
    }

    @Override
    public String repr() {
        return "<class '" + ReportModel.module(type) + "." + type.pytmName() + "'>";
    }
}
