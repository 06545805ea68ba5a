package dev.tmj.pipeline;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The threats a model recorded itself: another tool's model (Threat Dragon's) lists threats on its cells, written
 * by people, that no library defines. Its reader turns each into an override whose SID starts with
 * {@value #PREFIX}; this adds one library threat per such SID that never matches by its condition, so that the
 * override forces its finding on exactly the element that recorded it, with the override's texts and status.
 * A library SID is never replaced, and nothing but these findings is added, so a model cannot silence a threat
 * this way.
 */
final class RecordedThreats {
    /** The SIDs of threats a model recorded itself (docs/interchange.md). */
    static final String PREFIX = "TD-";

    private RecordedThreats() {
    }

    /** The library, with a threat for each recorded SID the model's overrides name and the library lacks. */
    static ThreatLibrary addTo(ThreatLibrary library, Model model) {
        Map<String, FindingOverride> recorded = new LinkedHashMap<>();
        for (Element element : model.elements()) {
            for (FindingOverride override : element.overrides()) {
                String sid = override.threatId();
                if (sid.startsWith(PREFIX) && library.find(sid).isEmpty()) {
                    recorded.putIfAbsent(sid, override);
                }
            }
        }
        if (recorded.isEmpty()) {
            return library;
        }
        List<Threat> threats = new ArrayList<>();
        recorded.forEach((sid, o) -> threats.add(Threat.of(sid, EnumSet.allOf(ElementType.class), "False",
                new Threat.Texts(text(o, "description"), text(o, "details"), text(o, "likelihood"),
                        text(o, "severity"), "", text(o, "mitigations"), "", text(o, "references"),
                        stride(text(o, "references")), List.of()))));
        return library.and(ThreatLibrary.of("recorded in the model", threats));
    }

    private static String text(FindingOverride override, String name) {
        return (String) override.get(name);
    }

    /** A recorded threat's category, from its {@code references}: {@code STRIDE: Tampering} is Tampering. */
    private static String stride(String references) {
        return references.startsWith("STRIDE: ") ? references.substring("STRIDE: ".length()) : "";
    }
}
