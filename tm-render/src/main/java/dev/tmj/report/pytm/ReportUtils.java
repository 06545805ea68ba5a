package dev.tmj.report.pytm;

import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyError;
import java.util.ArrayList;
import java.util.List;

/**
 * pytm's {@code ReportUtils} (pytm/report_util.py, 1.4.0), the helpers a template calls with
 * {@code {value:call:NAME}}. As in pytm, a helper given the wrong kind of value answers with an error text
 * ({@code ERROR: getParentName method is not valid for Server}) or an empty string, not an exception.
 */
final class ReportUtils {
    static final List<String> NAMES = List.of("getParentName", "getNamesOfParents", "getInScopeFindings",
            "getFindingCount", "getElementType", "getThreatId", "getFindingDescription", "getFindingTarget",
            "getFindingSeverity", "getFindingMitigations", "getFindingReferences", "getFindingExample");

    private ReportUtils() {
    }

    static Object call(String method, Object value) {
        switch (method) {
            case "getParentName":
                if (value instanceof ElementView e && e.isBoundary()) {
                    return e.element.inBoundary().map(b -> (Object) b.name()).orElse("");
                }
                return invalid(method, value);
            case "getNamesOfParents":
                if (value instanceof ElementView e && e.isBoundary()) {
                    List<Object> names = new ArrayList<>();
                    e.element.boundaryPath().forEach(b -> names.add(b.name()));
                    return names;
                }
                return invalid(method, value);
            case "getInScopeFindings":
                if (value instanceof ElementView e && e.element.inScope()) {
                    // Findings whose element is in scope: all of an in-scope element's, in tmj.
                    return e.findings();
                }
                return new ArrayList<>();
            case "getFindingCount":
                if (value instanceof ElementView e) {
                    return String.valueOf(e.model().findingsOf(e.element).size());
                }
                return invalid(method, value);
            case "getElementType":
                if (value instanceof ElementView e) {
                    return e.typeName();
                }
                return invalid(method, value);
            case "getThreatId":
                return findingField(value, "threat_id");
            case "getFindingDescription":
                return findingField(value, "description");
            case "getFindingTarget":
                return findingField(value, "target");
            case "getFindingSeverity":
                return findingField(value, "severity");
            case "getFindingMitigations":
                return findingField(value, "mitigations");
            case "getFindingReferences":
                return findingField(value, "references");
            case "getFindingExample":
                return findingField(value, "example");
            default:
                String hint = dev.tmj.model.Suggestions.closest(method, NAMES).map(s -> " (did you mean '" + s + "'?)")
                        .orElse(" (the helpers are " + String.join(", ", NAMES) + ")");
                throw new PyError("AttributeError", "type object 'ReportUtils' has no attribute '" + method + "'"
                        + hint);
        }
    }

    private static String invalid(String method, Object value) {
        return "ERROR: " + method + " method is not valid for " + Py.typeName(value);
    }

    private static Object findingField(Object value, String field) {
        if (value instanceof FindingView || value instanceof OverrideView) {
            return ((ObjectView) value).attribute(field);
        }
        return "";
    }
}
