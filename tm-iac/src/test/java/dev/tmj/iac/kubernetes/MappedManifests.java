package dev.tmj.iac.kubernetes;

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
import java.util.List;

/** A manifest written to a folder, read and mapped into a model, and ways to look into that model in tests. */
record MappedManifests(Model model, Path file) {

    /** Writes {@code yaml} to {@code dir/app.yaml} and maps it. */
    static MappedManifests of(Path dir, String yaml) {
        Path file = dir.resolve("app.yaml");
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Model model = Model.named("cluster");
        KubernetesModel.addTo(model, KubernetesManifests.read(file));
        return new MappedManifests(model, file);
    }

    /** The one element (neither flow nor boundary) of that name. */
    Element element(String name) {
        List<Element> found = model.elements().stream()
                .filter(e -> !e.isDataflow() && !e.isBoundary() && e.name().equals(name)).toList();
        assertThat(found).as("elements named %s", name).hasSize(1);
        return found.get(0);
    }

    /** The flows from one element to another, by name. */
    List<Element> flows(String source, String sink) {
        return model.dataflows().stream()
                .filter(f -> f.source().name().equals(source) && f.sink().name().equals(sink)).toList();
    }

    /** The one flow from one element to another. */
    Element flow(String source, String sink) {
        List<Element> flows = flows(source, sink);
        assertThat(flows).as("flows %s -> %s", source, sink).hasSize(1);
        return flows.get(0);
    }

    /** A fact's text. */
    static String fact(Element element, String fact) {
        return IacFacts.get(element, fact);
    }

    /** A fact's line in the manifest. */
    static int line(Element element, String fact) {
        return location(element, fact).line();
    }

    static SourceLocation location(Element element, String fact) {
        return element.extras().stream().filter(e -> e.name().equals(fact)).map(ExtraAttribute::location)
                .findFirst().orElseThrow();
    }

    /** Every element, flow and fact with its location, one per line: the whole model as text. */
    String printed() {
        StringBuilder out = new StringBuilder();
        for (Element e : model.elements()) {
            out.append(e.label()).append(' ').append(e.location().map(Object::toString).orElse("-"));
            if (e.isDataflow()) {
                out.append(' ').append(e.source().name()).append(" -> ").append(e.sink().name()).append(' ')
                        .append(e.get("protocol")).append(' ').append(e.get("dstPort")).append(' ')
                        .append(e.controls().get("isEncrypted")).append(' ').append(e.get("inScope"));
            } else {
                out.append(" in ").append(e.inBoundary().map(Element::name).orElse("-"));
            }
            out.append(' ').append(e.get("description")).append('\n');
            for (ExtraAttribute extra : e.extras()) {
                if (extra.value() instanceof String text && !text.isEmpty()) {
                    out.append("  ").append(extra.name()).append(' ').append(extra.location()).append(' ')
                            .append(text).append('\n');
                }
            }
        }
        return out.toString();
    }
}
