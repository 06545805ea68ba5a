package dev.tmj.report.pytm;

import dev.tmj.model.Element;
import dev.tmj.python.value.PyClass;
import java.util.ArrayList;
import java.util.List;

/** An element: a report copy ({@code copy}) or the model's own. */
final class ElementView extends SchemaView {
    private static final List<String> METHODS = List.of("display_name", "oneOf", "crosses", "enters", "exits",
            "inside");

    final Element element;
    final boolean copy;

    ElementView(ReportModel report, Element element, boolean copy) {
        super(report, element, element.type().pytmName(), PyClass.of(element.type()).module(), element::name);
        this.element = element;
        this.copy = copy;
    }

    boolean isBoundary() {
        return element.isBoundary();
    }

    ReportModel model() {
        return report;
    }

    @Override
    public Object attribute(String name) {
        switch (name) {
            case "display_name":
                return new Method(typeName(), name, this, this::displayName);
            case "parents":
                return element.isBoundary() ? new Method(typeName(), name, this, this::parents) : MISSING;
            case "oneOf", "crosses", "enters", "exits", "inside":
                // Without arguments pytm's helpers are always False.
                return new Method(typeName(), name, this, () -> Boolean.FALSE);
            case "findings":
                return findings();
            default:
                Object value = super.attribute(name);
                return copy && value != MISSING ? ReportModel.reportCopy(value) : value;
        }
    }

    /** The element's findings: escaped on a report copy, as they are otherwise. */
    List<Object> findings() {
        return report.findingViews(report.findingsOf(element), copy);
    }

    String displayName() {
        if (element.isDataflow()) {
            long order = (Long) element.get("order");
            return order == -1 ? element.name() : "(" + order + ") " + element.name();
        }
        return element.name();
    }

    /** Boundary.parents(): the enclosing boundaries, innermost first. */
    List<Object> parents() {
        List<Object> parents = new ArrayList<>();
        element.boundaryPath().forEach(b -> parents.add(new ElementView(report, b, false)));
        return parents;
    }

    @Override
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(super.attributeNames());
        names.addAll(METHODS);
        if (element.isBoundary()) {
            names.add("parents");
        }
        return names;
    }
}
