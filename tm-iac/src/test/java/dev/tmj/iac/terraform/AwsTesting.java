package dev.tmj.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Terraform written into a folder, mapped to a model, and what the tests read back from it. */
final class AwsTesting {
    private AwsTesting() {
    }

    /** The model of one {@code main.tf} (with an AWS provider block on lines 1-3) in a folder. */
    static Model map(Path dir, String terraform) {
        try {
            Files.writeString(dir.resolve("main.tf"), "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n"
                    + terraform);
            Model model = Model.named("infra");
            TerraformModel.addTo(model, TerraformConfig.read(dir));
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> !e.isDataflow() && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + model.elements()));
    }

    static Optional<Element> flow(Model model, String source, String sink, String name) {
        return model.dataflows().stream().filter(f -> f.source().name().equals(source)
                && f.sink().name().equals(sink) && f.name().equals(name)).findFirst();
    }

    static Element theFlow(Model model, String source, String sink, String name) {
        return flow(model, source, sink, name).orElseThrow(() -> new AssertionError("no flow " + source + " -> "
                + sink + " " + name + " in " + model.dataflows()));
    }

    static String fact(Element element, String fact) {
        return IacFacts.get(element, fact);
    }

    /** Where a fact's cause is: asserts main.tf and returns the line. */
    static int line(Element element, String fact) {
        SourceLocation at = element.extras().stream().filter(x -> x.name().equals(fact)).findFirst()
                .map(ExtraAttribute::location).orElseThrow();
        assertThat(at.file()).endsWith("main.tf");
        return at.line();
    }

    static boolean encryptedAtRest(Element element) {
        return element.controls().is("isEncryptedAtRest");
    }
}
