package dev.tmj.iac.terraform;

import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.Model;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One provider's Terraform in a folder's main.tf, mapped to a model, and what the tests read back from it. */
final class ProviderTesting {
    private ProviderTesting() {
    }

    /** The model of {@code provider} (three lines) followed by {@code terraform} in {@code dir/main.tf}. */
    static Model map(Path dir, String provider, String terraform) throws IOException {
        Files.writeString(dir.resolve("main.tf"), provider + terraform);
        Model model = Model.named("infra");
        TerraformModel.addTo(model, TerraformConfig.read(dir));
        return model;
    }

    static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> !e.isDataflow() && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + model.elements()));
    }

    /** The line of the block that causes a fact. */
    static int line(Element element, String fact) {
        return element.extras().stream().filter(x -> x.name().equals(fact)).findFirst()
                .map(ExtraAttribute::location).orElseThrow().line();
    }

    /** The IaC library's findings of one threat, as {@code target:line}. */
    static List<String> findings(Model model, String sid) {
        return Resolver.resolve(model, ThreatLibrary.builtIn("iac")).findings().stream()
                .filter(f -> f.threatId().equals(sid))
                .map(f -> f.target() + ":" + f.location().map(l -> l.line()).orElse(0)).toList();
    }
}
