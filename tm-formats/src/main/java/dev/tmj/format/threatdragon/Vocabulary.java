package dev.tmj.format.threatdragon;

import dev.tmj.model.ElementType;
import dev.tmj.model.FindingStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threat Dragon's words and tmj's, in one place for the reader and the writer: shapes, cell types, threat statuses
 * and the cell properties that have a tmj attribute (docs/interchange.md has the table).
 */
final class Vocabulary {
    static final String ACTOR = "actor";
    static final String PROCESS = "process";
    static final String STORE = "store";
    static final String FLOW = "flow";
    static final String BOX = "trust-boundary-box";
    static final String CURVE = "trust-boundary-curve";
    static final String TEXT = "td-text-block";

    /** The key of a cell's {@code data} (and of the summary) where tmj keeps what Threat Dragon has no field for. */
    static final String TMJ = "tmj";
    /** The key of a threat that tmj wrote: the SID of the finding it stands for. */
    static final String SID = "tmjThreatId";
    /** The SIDs of threats recorded in a Threat Dragon model (tm-core's {@code RecordedThreats}). */
    static final String RECORDED_PREFIX = "TD-";

    /**
     * The properties Threat Dragon itself gives cells, that tmj keeps as extra attributes when they are not at their
     * default (false, ""): no tmj attribute means the same, and no tmj threat reads them.
     */
    static final Set<String> KEPT_AS_EXTRAS = Set.of("isPublicNetwork", "isBidirectional", "isSigned",
            "providesAuthentication", "privilegeLevel", "reasonOutOfScope", "isWebApplication", "handlesCardPayment",
            "handlesGoodsOrServices", "storesInventory", "threatFrequency");

    /** The properties Threat Dragon computes or that say what the shape says: read, never kept. */
    static final Set<String> DERIVED = Set.of("type", "name", "description", "hasOpenThreats", "isTrustBoundary",
            "threats", "outOfScope", "isEncrypted", "protocol", "storesCredentials", "isALog", TMJ);

    private Vocabulary() {
    }

    /** The element class of a node shape. */
    static Optional<ElementType> typeOf(String shape) {
        return Optional.ofNullable(switch (shape) {
            case ACTOR -> ElementType.ACTOR;
            case PROCESS -> ElementType.PROCESS;
            case STORE -> ElementType.DATASTORE;
            default -> null;
        });
    }

    /** The shape that draws an element class: actors and external entities as actors, anything that stores as a store. */
    static String shapeOf(ElementType type) {
        if (type.isA(ElementType.DATASTORE)) {
            return STORE;
        }
        return type.isA(ElementType.ACTOR) || type.isA(ElementType.EXTERNAL_ENTITY) ? ACTOR : PROCESS;
    }

    /** What a cell of this shape is called, for one without a name. */
    static String label(String shape) {
        return switch (shape) {
            case ACTOR -> "Actor";
            case STORE -> "Store";
            case FLOW -> "Flow";
            case BOX, CURVE -> "Trust boundary";
            default -> "Process";
        };
    }

    /** The {@code data.type} Threat Dragon gives a shape. */
    static String cellType(String shape) {
        return switch (shape) {
            case ACTOR -> "tm.Actor";
            case STORE -> "tm.Store";
            case FLOW -> "tm.Flow";
            case BOX -> "tm.BoundaryBox";
            case CURVE -> "tm.Boundary";
            default -> "tm.Process";
        };
    }

    private static final Map<String, FindingStatus> STATUSES = Map.of("open", FindingStatus.OPEN,
            "mitigated", FindingStatus.MITIGATED, "notapplicable", FindingStatus.FALSE_POSITIVE,
            "na", FindingStatus.FALSE_POSITIVE, "accepted", FindingStatus.ACCEPTED,
            "transferred", FindingStatus.TRANSFERRED, "avoided", FindingStatus.AVOIDED,
            "eliminated", FindingStatus.AVOIDED);

    /** A threat's status; Threat Dragon's "NotApplicable" is a false positive. */
    static Optional<FindingStatus> status(String text) {
        return Optional.ofNullable(STATUSES.get(text.replace(" ", "").toLowerCase(Locale.ROOT)));
    }

    /** The status Threat Dragon shows for a finding's. */
    static String statusText(FindingStatus status) {
        return switch (status) {
            case OPEN -> "Open";
            case MITIGATED -> "Mitigated";
            case FALSE_POSITIVE -> "NotApplicable";
            case ACCEPTED -> "Accepted";
            case TRANSFERRED -> "Transferred";
            case AVOIDED -> "Avoided";
        };
    }
}
