package dev.tmj.iac.kubernetes;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.SharedIac;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() {
        Model model = Model.named("goat");
        KubernetesModel.addTo(model, KubernetesManifests.read(SharedIac.folder("kubernetes-goat/scenarios")));
        StringBuilder out = new StringBuilder();
        for (Element e : model.elements()) {
            out.append(e.label()).append(" @").append(e.location().map(Object::toString).orElse("-"));
            if (e.isDataflow()) {
                out.append(" ").append(e.source().name()).append(" -> ").append(e.sink().name())
                        .append(" proto=").append(e.get("protocol")).append(" port=").append(e.get("dstPort"))
                        .append(" enc=").append(e.controls().get("isEncrypted")).append(" scope=").append(e.get("inScope"));
            } else {
                out.append(" in=").append(e.inBoundary().map(Element::name).orElse("-"));
            }
            out.append('\n');
            for (var x : e.extras()) {
                if (!x.name().equals(IacFacts.TYPE) && x.value() instanceof String s && !s.isEmpty()) {
                    out.append("   ").append(x.name()).append(" @").append(x.location()).append(": ").append(s).append('\n');
                }
            }
        }
        System.out.println(out);
    }
}
