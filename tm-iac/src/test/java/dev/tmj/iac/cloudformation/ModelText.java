package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.Model;

/** A model as text for golden files: each element and flow with its boundary, location, pytm values and facts. */
final class ModelText {
    private ModelText() {
    }

    static String of(Model model) {
        StringBuilder out = new StringBuilder();
        for (Element element : model.elements()) {
            if (element.isDataflow()) {
                out.append("flow ").append(element.source().name()).append(" -> ").append(element.sink().name())
                        .append(" \"").append(element.name()).append('"');
                if (!"".equals(element.get("protocol"))) {
                    out.append(" protocol=").append(element.get("protocol"));
                }
                if (!"-1".equals(String.valueOf(element.get("dstPort")))) {
                    out.append(" dstPort=").append(element.get("dstPort"));
                }
                if (element.controls().is("isEncrypted")) {
                    out.append(" encrypted");
                }
            } else {
                out.append(element.type().pytmName()).append(' ').append(element.name());
                element.inBoundary().ifPresent(b -> out.append(" in ").append(b.name()));
                if (element.type() == dev.tmj.model.ElementType.DATASTORE) {
                    out.append(" type=").append(element.get("type"));
                    out.append(element.controls().is("isEncryptedAtRest") ? " encryptedAtRest" : "");
                }
            }
            element.location().ifPresent(l -> out.append(" @").append(l.line()));
            out.append('\n');
            for (ExtraAttribute extra : element.extras()) {
                if (IacFacts.ALL.contains(extra.name()) && !extra.name().equals(IacFacts.TYPE)
                        && !"".equals(extra.value())) {
                    out.append("  ").append(extra.name()).append(" @").append(extra.location().line()).append(": ")
                            .append(extra.value()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
