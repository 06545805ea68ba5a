package dev.tmj.format.otm;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Classification;
import dev.tmj.model.Data;

/**
 * An OTM asset's risk (confidentiality, integrity, availability from 0 to 100, and a comment) and a data item:
 * confidentiality is the classification ({@link OtmKeys#classification}); a rating that the classification does
 * not give back exactly, and integrity and availability where they differ from confidentiality, are kept as extras.
 */
final class OtmRatings {
    private final OtmNodes nodes;

    OtmRatings(OtmNodes nodes) {
        this.nodes = nodes;
    }

    void read(Data datum, LocatedNode risk) {
        LocatedNode confidentiality = rating(risk, "confidentiality");
        double c = nodes.number(risk, "confidentiality", "the confidentiality rating", 0);
        Classification classification = OtmKeys.classification(c);
        datum.set("classification", classification);
        if (c != OtmKeys.rating(classification)) {
            datum.setExtra(OtmKeys.CONFIDENTIALITY, dev.tmj.format.tree.LocatedInput.numberValue(confidentiality),
                    nodes.location(confidentiality));
        }
        for (String key : new String[] {"integrity", "availability"}) {
            LocatedNode value = rating(risk, key);
            if (nodes.number(risk, key, "the " + key + " rating", 0) != c) {
                datum.setExtra(key, dev.tmj.format.tree.LocatedInput.numberValue(value), nodes.location(value));
            }
        }
        String comment = nodes.optional(risk, "comment", "the risk's comment");
        if (comment != null) {
            datum.setExtra(OtmKeys.RISK_COMMENT, comment, nodes.location(risk.get("comment")));
        }
    }

    private LocatedNode rating(LocatedNode risk, String key) {
        LocatedNode value = risk.get(key);
        if (value == null) {
            throw nodes.error(risk, "missing \"" + key + "\", a rating from 0 to 100");
        }
        nodes.number(risk, key, "the " + key + " rating", 0);
        return value;
    }
}
