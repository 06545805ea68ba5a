package dev.tmj.report.pytm;

import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ValueType;
import dev.tmj.python.value.Py;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    ReportModel(Findings findings) {
        this.checked = findings.checkedModel();
        this.findings = findings;
    }

    /** The names a template starts from, in pytm's order. */
    Map<String, Object> names() {
        Model model = checked.model();
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("tm", new TmView(this, model, findings));
        names.put("dataflows", copies(checked.dataflows()));
        List<Object> threats = new ArrayList<>();
        findings.library().threats().forEach(t -> threats.add(new ThreatView(this, t)));
        names.put("threats", threats);
        names.put("findings", findingViews(findings.findings(), true));
        names.put("elements", copies(checked.elements()));
        names.put("assets", copies(model.elements().stream().filter(e -> e.type().isA(ElementType.ASSET)).toList()));
        names.put("actors", copies(model.elements().stream().filter(e -> e.type().isA(ElementType.ACTOR)).toList()));
        names.put("boundaries", copies(checked.boundaries()));
        List<Object> data = new ArrayList<>();
        model.data().forEach(d -> data.add(new DataView(this, d)));
        names.put("data", data);
        return names;
    }

    private List<Object> copies(List<Element> elements) {
        List<Object> views = new ArrayList<>(elements.size());
        elements.forEach(e -> views.add(new ElementView(this, e, true)));
        return views;
    }

    List<Object> findingViews(List<Finding> list, boolean escape) {
        List<Object> views = new ArrayList<>(list.size());
        list.forEach(f -> views.add(new FindingView(this, f, escape)));
        return views;
    }

    List<Finding> findingsOf(Element element) {
        return findings.of(element);
    }

    /** Escaped once per string instance: the threat texts every finding of a threat shares. */
    String escape(String text) {
        return escaped.computeIfAbsent(text, PytmEscaping::escape);
    }

    /** Wraps an attribute value of a model object as the template sees it. */
    Object wrap(Object value, ValueType type) {
        if (value == null) {
            return null;
        }
        switch (type) {
            case ELEMENT, BOUNDARY, DATAFLOW:
                return new ElementView(this, (Element) value, false);
            case DATA_SET: {
                List<Object> items = new ArrayList<>();
                TreeSet<String> names = new TreeSet<>();
                for (Object d : (Collection<?>) value) {
                    names.add(((Data) d).name());
                }
                ((Collection<?>) value).stream().map(d -> (Data) d)
                        .sorted(java.util.Comparator.comparing(Data::name))
                        .forEach(d -> items.add(new DataView(this, d)));
                return DataSet.of(items, List.copyOf(names));
            }
            case DATAFLOWS, ELEMENTS: {
                List<Object> items = new ArrayList<>();
                for (Object e : (Collection<?>) value) {
                    items.add(new ElementView(this, (Element) e, false));
                }
                return items;
            }
            case OVERRIDES: {
                List<Object> items = new ArrayList<>();
                for (Object o : (Collection<?>) value) {
                    items.add(new OverrideView(this, (FindingOverride) o));
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
                // Sorted, for a stable output (Python's sets iterate in hash order).
                return Collections.unmodifiableSet(new TreeSet<>((Set<?>) value));
            case STRINGS:
                return List.copyOf((Collection<?>) value);
            case CONTROLS:
                return new ControlsView(this, (Controls) value);
            default:
                return value;
        }
    }

    /** pytm's report copy of an attribute value: empty lists and DataSets become "[]", sets become lists. */
    static Object reportCopy(Object value) {
        if (value instanceof DataSet d && d.items().isEmpty()) {
            return "[]";
        }
        if (value instanceof Set<?> s) {
            value = List.copyOf(s);
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return "[]";
        }
        return value;
    }

    /** Attributes of any schema-backed object, for {@link ObjectView#attribute}. */
    Object schemaAttribute(dev.tmj.model.ModelObject object, String name) {
        Attribute attribute = object.schema().find(name).orElse(null);
        if (attribute == null) {
            return ObjectView.MISSING;
        }
        return wrap(object.get(name), attribute.type());
    }

    /** pydantic's {@code str()}: {@code field=repr(value)} joined by spaces. */
    static String pydanticStr(ObjectView o, String separator) {
        StringBuilder out = new StringBuilder();
        for (String name : o.attributeNames()) {
            Object value = o.attribute(name);
            if (value instanceof Method) {
                continue;
            }
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(name).append('=').append(Py.repr(value));
        }
        return out.toString();
    }
}
