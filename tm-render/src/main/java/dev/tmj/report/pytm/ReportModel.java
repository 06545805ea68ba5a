package dev.tmj.report.pytm;

import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.Schemas;
import dev.tmj.model.ValueType;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Threat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The objects a pytm report template sees, read from the checked model and its findings without copying them.
 *
 * <p>pytm's {@code TM.report} deep-copies every element and finding before rendering; tmj gives the same view
 * through light wrappers instead:
 * <ul>
 *   <li>the elements of {@code elements, assets, actors, boundaries, dataflows} are <em>report copies</em>: an
 *       attribute that holds an empty list or an empty DataSet reads as the string {@code "[]"} (so it is truthy
 *       and prints {@code []}), a set reads as a list, and {@code findings} holds escaped findings;</li>
 *   <li>elements reached through an attribute ({@code item.source}, {@code item.inBoundary},
 *       {@code finding.element} ...) are the model's own: lists stay lists, sets stay sets, findings are
 *       unescaped;</li>
 *   <li>{@code findings}, {@code threats} and a report copy's {@code findings} have their texts escaped
 *       ({@link PytmEscaping}); {@code tm.findings}, {@code tm.excluded_findings} and {@code data} are not.</li>
 * </ul>
 */
final class ReportModel {
    private final CheckedModel checked;
    private final Findings findings;
    private final Map<String, String> escaped = new IdentityHashMap<>();

    ReportModel(CheckedModel checked, Findings findings) {
        this.checked = checked;
        this.findings = findings;
    }

    /** The names a template starts from, in pytm's order. */
    Map<String, Object> names() {
        Model model = checked.model();
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("tm", new TmView());
        names.put("dataflows", copies(checked.dataflows()));
        List<Object> threats = new ArrayList<>();
        if (findings != null) {
            findings.library().threats().forEach(t -> threats.add(new ThreatView(t)));
        }
        names.put("threats", threats);
        names.put("findings", findingViews(findings == null ? List.of() : findings.findings(), true));
        names.put("elements", copies(checked.elements()));
        names.put("assets", copies(model.elements().stream().filter(e -> e.type().isA(ElementType.ASSET)).toList()));
        names.put("actors", copies(model.elements().stream().filter(e -> e.type().isA(ElementType.ACTOR)).toList()));
        names.put("boundaries", copies(checked.boundaries()));
        List<Object> data = new ArrayList<>();
        model.data().forEach(d -> data.add(new DataView(d)));
        names.put("data", data);
        return names;
    }

    private List<Object> copies(List<Element> elements) {
        List<Object> views = new ArrayList<>(elements.size());
        elements.forEach(e -> views.add(new ElementView(e, true)));
        return views;
    }

    private List<Object> findingViews(List<Finding> list, boolean escape) {
        List<Object> views = new ArrayList<>(list.size());
        list.forEach(f -> views.add(new FindingView(f, escape)));
        return views;
    }

    List<Finding> findingsOf(Element element) {
        return findings == null ? List.of() : findings.of(element);
    }

    /** Escaped once per string instance: the threat texts every finding of a threat shares. */
    String escape(String text) {
        return escaped.computeIfAbsent(text, PytmEscaping::escape);
    }

    /** Wraps an attribute value of a model object as the template sees it. */
    Object wrap(Object value, ValueType type) {
        if (value == null) {
            return Py.NONE;
        }
        switch (type) {
            case ELEMENT, BOUNDARY, DATAFLOW:
                return new ElementView((Element) value, false);
            case DATA_SET: {
                List<Object> items = new ArrayList<>();
                TreeSet<String> names = new TreeSet<>();
                for (Object d : (Collection<?>) value) {
                    names.add(((Data) d).name());
                }
                ((Collection<?>) value).stream().map(d -> (Data) d)
                        .sorted(java.util.Comparator.comparing(Data::name))
                        .forEach(d -> items.add(new DataView(d)));
                return new Py.DataSet(items, List.copyOf(names));
            }
            case DATAFLOWS, ELEMENTS: {
                List<Object> items = new ArrayList<>();
                for (Object e : (Collection<?>) value) {
                    items.add(new ElementView((Element) e, false));
                }
                return items;
            }
            case OVERRIDES: {
                List<Object> items = new ArrayList<>();
                for (Object o : (Collection<?>) value) {
                    items.add(new OverrideView((FindingOverride) o));
                }
                return items;
            }
            case ASSUMPTIONS: {
                List<Object> items = new ArrayList<>();
                for (Object a : (Collection<?>) value) {
                    items.add(new AssumptionView((Assumption) a));
                }
                return items;
            }
            case LEVELS, STRING_SET:
                return new Py.PySet(List.copyOf(new TreeSet<>((Set<?>) value)));
            case STRINGS:
                return List.copyOf((Collection<?>) value);
            case CONTROLS:
                return new ControlsView((Controls) value);
            default:
                return value;
        }
    }

    /** pytm's report copy of an attribute value: empty lists and DataSets become "[]", sets become lists. */
    private static Object reportCopy(Object value) {
        if (value instanceof Py.DataSet d && d.items().isEmpty()) {
            return "[]";
        }
        if (value instanceof Py.PySet s) {
            value = s.items();
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return "[]";
        }
        return value;
    }

    /** Attributes of any schema-backed object, for {@link PyObject#attribute}. */
    private Object schemaAttribute(dev.tmj.model.ModelObject object, String name) {
        Attribute attribute = object.schema().find(name).orElse(null);
        if (attribute == null) {
            return Py.MISSING;
        }
        return wrap(object.get(name), attribute.type());
    }

    /** pytm's module of each element class, for repr(). */
    static String module(ElementType type) {
        return switch (type) {
            case ACTOR -> "pytm.actor";
            case BOUNDARY -> "pytm.boundary";
            case DATAFLOW -> "pytm.dataflow";
            case DATASTORE -> "pytm.datastore";
            case PROCESS, SET_OF_PROCESSES -> "pytm.process";
            case ELEMENT -> "pytm.element";
            default -> "pytm.asset";
        };
    }

    /** pydantic's {@code str()}: {@code field=repr(value)} joined by spaces. */
    private static String pydanticStr(PyObject o, String separator) {
        StringBuilder out = new StringBuilder();
        for (String name : o.attributeNames()) {
            Object value = o.attribute(name);
            if (value instanceof Py.Method) {
                continue;
            }
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(name).append('=').append(Py.repr(value));
        }
        return out.toString();
    }

    private static final List<String> ELEMENT_METHODS = List.of("display_name", "oneOf", "crosses", "enters",
            "exits", "inside");

    /** An element: a report copy ({@code copy}) or the model's own. */
    final class ElementView implements PyObject {
        final Element element;
        final boolean copy;

        ElementView(Element element, boolean copy) {
            this.element = element;
            this.copy = copy;
        }

        boolean isBoundary() {
            return element.isBoundary();
        }

        ReportModel model() {
            return ReportModel.this;
        }

        @Override
        public String typeName() {
            return element.type().pytmName();
        }

        @Override
        public Object attribute(String name) {
            switch (name) {
                case "display_name":
                    return new Py.Method(typeName(), name, this, this::displayName);
                case "parents":
                    return element.isBoundary() ? new Py.Method(typeName(), name, this, this::parents) : Py.MISSING;
                case "oneOf", "crosses", "enters", "exits", "inside":
                    // Without arguments pytm's helpers are always False.
                    return new Py.Method(typeName(), name, this, () -> Boolean.FALSE);
                case "findings":
                    return findings();
                default:
                    Object value = schemaAttribute(element, name);
                    return copy && value != Py.MISSING ? reportCopy(value) : value;
            }
        }

        /** The element's findings: escaped on a report copy, as they are otherwise. */
        List<Object> findings() {
            return findingViews(findingsOf(element), copy);
        }

        String displayName() {
            if (element.isDataflow()) {
                int order = (Integer) element.get("order");
                return order == -1 ? element.name() : "(" + order + ") " + element.name();
            }
            return element.name();
        }

        /** Boundary.parents(): the enclosing boundaries, innermost first. */
        List<Object> parents() {
            List<Object> parents = new ArrayList<>();
            element.boundaryPath().forEach(b -> parents.add(new ElementView(b, false)));
            return parents;
        }

        @Override
        public List<String> attributeNames() {
            List<String> names = new ArrayList<>(element.schema().names());
            names.addAll(ELEMENT_METHODS);
            if (element.isBoundary()) {
                names.add("parents");
            }
            return names;
        }

        @Override
        public String str() {
            return typeName() + "(" + element.name() + ")";
        }

        @Override
        public String repr() {
            return "<" + module(element.type()) + "." + typeName() + "(" + element.name() + ")>";
        }
    }

    private static final List<String> FINDING_FIELDS = List.of("element", "target", "description", "details",
            "severity", "mitigations", "example", "id", "threat_id", "references", "condition", "assumption",
            "response", "cvss", "likelihood", "fingerprint", "stride");

    /** A finding; {@code escaped} for those pytm escapes before rendering. */
    final class FindingView implements PyObject {
        final Finding finding;
        final boolean escaped;

        FindingView(Finding finding, boolean escaped) {
            this.finding = finding;
            this.escaped = escaped;
        }

        @Override
        public String typeName() {
            return "Finding";
        }

        private String text(String value) {
            return escaped ? escape(value) : value;
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "element" -> new ElementView(finding.element(), false);
                case "target" -> finding.target();
                case "description" -> text(finding.description());
                case "details" -> text(finding.details());
                case "severity" -> text(finding.severity());
                case "mitigations" -> text(finding.mitigations());
                case "example" -> text(finding.example());
                case "id" -> text(finding.id());
                case "threat_id" -> text(finding.threatId());
                case "references" -> text(finding.references());
                case "condition" -> text(finding.condition());
                case "assumption" -> finding.assumption().<Object>map(AssumptionView::new).orElse(Py.NONE);
                case "response" -> text(finding.response());
                case "cvss" -> text(finding.cvss());
                case "likelihood" -> text(finding.likelihood());
                case "fingerprint" -> finding.fingerprint();
                case "stride" -> text(finding.stride());
                default -> Py.MISSING;
            };
        }

        @Override
        public List<String> attributeNames() {
            return FINDING_FIELDS;
        }

        @Override
        public String str() {
            return "'" + finding.target() + "': " + attribute("description") + "\n" + attribute("details") + "\n"
                    + attribute("severity");
        }

        @Override
        public String repr() {
            return "<pytm.finding.Finding(" + attribute("id") + ")>";
        }
    }

    /** An override in an element's {@code overrides} (pytm models it as a Finding). */
    final class OverrideView implements PyObject {
        final FindingOverride override;

        OverrideView(FindingOverride override) {
            this.override = override;
        }

        @Override
        public String typeName() {
            return "Finding";
        }

        @Override
        public Object attribute(String name) {
            if (name.equals("element") || name.equals("assumption")) {
                return Py.NONE;
            }
            return schemaAttribute(override, name);
        }

        @Override
        public List<String> attributeNames() {
            List<String> names = new ArrayList<>(List.of("element", "assumption"));
            names.addAll(Schemas.FINDING.names());
            return names;
        }

        @Override
        public String str() {
            return "'" + attribute("target") + "': " + attribute("description") + "\n" + attribute("details") + "\n"
                    + attribute("severity");
        }

        @Override
        public String repr() {
            return "<pytm.finding.Finding(" + attribute("id") + ")>";
        }
    }

    /** A data item of the model. */
    final class DataView implements PyObject {
        final Data data;

        DataView(Data data) {
            this.data = data;
        }

        @Override
        public String typeName() {
            return "Data";
        }

        @Override
        public Object attribute(String name) {
            return schemaAttribute(data, name);
        }

        @Override
        public List<String> attributeNames() {
            return data.schema().names();
        }

        @Override
        public String str() {
            return "Data(" + data.name() + ")";
        }

        @Override
        public String repr() {
            return "<pytm.data.Data(" + data.name() + ")>";
        }
    }

    /** An element's security controls. */
    final class ControlsView implements PyObject {
        final Controls controls;

        ControlsView(Controls controls) {
            this.controls = controls;
        }

        @Override
        public String typeName() {
            return "Controls";
        }

        @Override
        public Object attribute(String name) {
            return schemaAttribute(controls, name);
        }

        @Override
        public List<String> attributeNames() {
            return controls.schema().names();
        }

        @Override
        public String str() {
            return pydanticStr(this, " ");
        }

        @Override
        public String repr() {
            return "Controls(" + pydanticStr(this, ", ") + ")";
        }
    }

    private static final List<String> ASSUMPTION_FIELDS = List.of("name", "exclude", "description");

    /** An assumption; {@code str()} is its name, as in pytm. */
    static final class AssumptionView implements PyObject {
        final Assumption assumption;

        AssumptionView(Assumption assumption) {
            this.assumption = assumption;
        }

        @Override
        public String typeName() {
            return "Assumption";
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "name" -> assumption.name();
                case "exclude" -> new Py.PySet(List.copyOf(new TreeSet<>(assumption.exclude())));
                case "description" -> assumption.description();
                default -> Py.MISSING;
            };
        }

        @Override
        public List<String> attributeNames() {
            return ASSUMPTION_FIELDS;
        }

        @Override
        public String str() {
            return assumption.name();
        }

        @Override
        public String repr() {
            return "Assumption(" + pydanticStr(this, ", ") + ")";
        }
    }

    private static final List<String> THREAT_FIELDS = List.of("id", "description", "condition", "details",
            "likelihood", "severity", "mitigations", "prerequisites", "example", "references", "target", "stride");

    /** A threat of the library, with pytm's escaping. */
    final class ThreatView implements PyObject {
        final Threat threat;

        ThreatView(Threat threat) {
            this.threat = threat;
        }

        @Override
        public String typeName() {
            return "Threat";
        }

        @Override
        public Object attribute(String name) {
            Threat.Texts t = threat.texts();
            return switch (name) {
                case "id" -> escape(threat.id());
                case "description" -> escape(t.description());
                case "condition" -> escape(threat.condition().text());
                case "details" -> escape(t.details());
                case "likelihood" -> escape(t.likelihood());
                case "severity" -> escape(t.severity());
                case "mitigations" -> escape(t.mitigations());
                case "prerequisites" -> t.prerequisites();
                case "example" -> escape(t.example());
                case "references" -> escape(t.references());
                case "target" -> {
                    List<Object> classes = new ArrayList<>();
                    threat.targets().forEach(type -> classes.add(new PyClass(type)));
                    yield new Py.Tuple(classes);
                }
                case "stride" -> escape(t.stride());
                default -> Py.MISSING;
            };
        }

        @Override
        public List<String> attributeNames() {
            return THREAT_FIELDS;
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
            return "<class '" + module(type) + "." + type.pytmName() + "'>";
        }
    }

    private static final List<String> TM_FIELDS = List.of("name", "description", "threatsFile", "isOrdered",
            "mergeResponses", "ignoreUnused", "findings", "excluded_findings", "onDuplicates", "assumptions",
            "colormap");

    /** The model ({@code tm}); not a report copy, so its lists stay lists and its findings are unescaped. */
    final class TmView implements PyObject {
        @Override
        public String typeName() {
            return "TM";
        }

        @Override
        public Object attribute(String name) {
            Model model = checked.model();
            return switch (name) {
                case "findings" -> findingViews(findings == null ? List.of() : findings.findings(), false);
                case "excluded_findings" -> findingViews(findings == null ? List.of() : findings.excluded(), false);
                case "colormap" -> Boolean.FALSE;
                case "threatsFile" -> {
                    String file = (String) model.get("threatsFile");
                    yield file.isEmpty() && findings != null ? findings.library().name() : file;
                }
                default -> TM_FIELDS.contains(name) ? schemaAttribute(model, name) : Py.MISSING;
            };
        }

        @Override
        public List<String> attributeNames() {
            return TM_FIELDS;
        }

        @Override
        public String str() {
            return "TM(" + checked.model().name() + ")";
        }

        @Override
        public String repr() {
            return "<pytm.tm.TM(" + checked.model().name() + ")>";
        }
    }
}
