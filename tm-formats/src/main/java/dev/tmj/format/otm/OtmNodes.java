package dev.tmj.format.otm;

import dev.tmj.format.tree.LocatedInput;
import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import java.util.Set;

/** {@link LocatedInput} for an OTM document: unknown fields go to the extra {@code otmUnknown}. */
final class OtmNodes extends LocatedInput {
    OtmNodes(String file, Model model) {
        super(file, model);
    }

    /** Keeps the fields OTM 0.2.0 does not define for this kind of object, each with a note. */
    void keepUnknown(ModelObject target, LocatedNode object, Set<String> known, String owner) {
        keepUnknownInto(target, object, known, "OTM 0.2.0's " + owner, OtmKeys.UNKNOWN);
    }
}
