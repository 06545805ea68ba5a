package dev.tmj.format.threatdragon;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The threats recorded on a cell, as overrides of the element. A threat people wrote in Threat Dragon becomes an
 * override of its own SID ({@code TD-} and its id), which tm-core's pipeline turns into a finding of that element
 * with the threat's title, description, mitigation, severity, type and status. A threat tmj exported (it carries
 * {@value Vocabulary#SID}) is the finding of a library threat: the model brings it back by itself, and only a status
 * changed in Threat Dragon since tmj wrote it is kept, as the override's status.
 */
final class Threats {
    /** The status tmj exported a finding with, to tell a status changed in Threat Dragon from one left alone. */
    static final String EXPORTED_STATUS = "tmjStatus";

    private Threats() {
    }

    static void apply(TreeValues nodes, Notes notes, LocatedNode cell, Element element) {
        LocatedNode data = cell.get("data");
        LocatedNode threats = data == null || !data.is(LocatedNode.Kind.OBJECT) ? null : data.get("threats");
        if (threats == null || threats.is(LocatedNode.Kind.NULL)) {
            return;
        }
        nodes.expect(threats, LocatedNode.Kind.ARRAY, "the cell's threats (a list)");
        if (threats.items().isEmpty()) {
            return;
        }
        List<FindingOverride> overrides = new ArrayList<>(element.overrides());
        for (LocatedNode threat : threats.items()) {
            nodes.expect(threat, LocatedNode.Kind.OBJECT, "a threat (an object)");
            LocatedNode statusNode = nodes.required(threat, "status", LocatedNode.Kind.STRING);
            FindingStatus status = Vocabulary.status(statusNode.text()).orElseThrow(() -> nodes.error(statusNode,
                    "expected a threat status (Open, Mitigated, NotApplicable, Accepted, Transferred, Avoided),"
                            + " got " + statusNode.describe()));
            LocatedNode sid = threat.get(Vocabulary.SID);
            if (sid != null) {
                exported(nodes, threat, nodes.string(sid), status, overrides);
            } else {
                overrides.add(recorded(nodes, threat, sid(nodes, threat, overrides), status));
            }
        }
        if (!overrides.equals(element.overrides()) || overrides.size() != element.overrides().size()) {
            element.set("overrides", overrides);
        }
    }

    /** A finding tmj wrote: its status is kept only when someone changed it in Threat Dragon. */
    private static void exported(TreeValues nodes, LocatedNode threat, String sid, FindingStatus status,
            List<FindingOverride> overrides) {
        String written = nodes.optionalString(threat, EXPORTED_STATUS).orElse("");
        if (Vocabulary.status(written).filter(status::equals).isPresent()) {
            return;
        }
        for (int i = 0; i < overrides.size(); i++) {
            if (overrides.get(i).threatId().equals(sid)) {
                overrides.get(i).status(status);
                return;
            }
        }
        overrides.add(FindingOverride.of(sid).status(status));
    }

    private static FindingOverride recorded(TreeValues nodes, LocatedNode threat, String sid, FindingStatus status) {
        FindingOverride override = FindingOverride.of(sid);
        text(nodes, threat, "title").ifPresentOrElse(t -> override.set("description", t), () -> {
            throw nodes.error(threat, "expected \"title\" (a string)");
        });
        // Every text is set, even empty: two cells may record threats of the same id, and each finding must show
        // its own texts, not the other's through the library threat (tm-core's RecordedThreats).
        override.set("details", nodes.optionalString(threat, "description").orElse(""));
        override.set("mitigations", nodes.optionalString(threat, "mitigation").orElse(""));
        override.set("severity", nodes.optionalString(threat, "severity").orElse(""));
        String model = text(nodes, threat, "modelType").orElse("STRIDE");
        override.set("references", text(nodes, threat, "type").map(t -> model + ": " + t).orElse(""));
        return override.status(status);
    }

    private static java.util.Optional<String> text(TreeValues nodes, LocatedNode threat, String key) {
        return nodes.optionalString(threat, key).filter(t -> !t.isBlank());
    }

    /** {@code TD-} and the threat's id (its first letters and digits), unique among the element's overrides. */
    private static String sid(TreeValues nodes, LocatedNode threat, List<FindingOverride> overrides) {
        LocatedNode id = threat.get("id");
        String base = id != null && id.is(LocatedNode.Kind.STRING) ? id.text()
                : threat.get("number") != null ? String.valueOf(threat.get("number").scalar()) : "";
        String letters = base.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        String sid = Vocabulary.RECORDED_PREFIX + (letters.isEmpty() ? "threat"
                : letters.substring(0, Math.min(8, letters.length())));
        String unique = sid;
        for (int n = 2; taken(overrides, unique); n++) {
            unique = sid + "-" + n;
        }
        return unique;
    }

    private static boolean taken(List<FindingOverride> overrides, String sid) {
        return overrides.stream().anyMatch(o -> o.threatId().equals(sid));
    }
}
