package dev.tmj.iac.terraform;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.SharedIac;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import org.junit.jupiter.api.Test;

class AwsProbeTest {
    @Test
    void probe() throws Exception {
        Model model = Model.named("m");
        TerraformModel.addTo(model, TerraformConfig.read(SharedIac.folder("terragoat/terraform/aws")));
        for (Element e : model.elements()) {
            StringBuilder b = new StringBuilder(e.type() + " " + e.name() + " in " + e.inBoundary().map(Element::name).orElse("-") + " @" + e.location().map(l -> l.file() + ":" + l.line()).orElse(""));
            if (e.isDataflow()) b.append(" [" + e.source().name() + " -> " + e.sink().name() + "]");
            for (String f : IacFacts.ALL) {
                if (!f.equals(IacFacts.TYPE) && !IacFacts.get(e, f).isEmpty()) {
                    b.append("\n    " + f + ": " + IacFacts.get(e, f) + " @" + e.extras().stream().filter(x -> x.name().equals(f)).findFirst().map(x -> x.location().line()).orElse(-1));
                }
            }
            System.out.println(b);
        }
    }
}
