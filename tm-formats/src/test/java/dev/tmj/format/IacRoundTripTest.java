package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.json.TmjModelReader;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import dev.tmj.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model imported from infrastructure code, written in tmj's format, reads back with the same findings. */
class IacRoundTripTest {
    private static final Path SHOP = Path.of("src/test/resources/iac/shop");

    @Test
    void should_keep_locations_and_extra_attributes_through_tmj_yaml() {
        Model imported = ModelFiles.read(SHOP, false);
        String yaml = TmjModelWriter.toYaml(imported);

        Model back = TmjModelReader.read(yaml, "model.yaml");

        assertThat(back.elements()).extracting(Element::name)
                .containsExactlyInAnyOrderElementsOf(imported.elements().stream().map(Element::name).toList());
        for (Element before : imported.elements()) {
            Element after = back.elements().stream().filter(e -> e.name().equals(before.name())).findFirst()
                    .orElseThrow();
            assertThat(after.location()).isEqualTo(before.location());
            assertThat(after.extras()).extracting(ExtraAttribute::name, ExtraAttribute::value,
                    ExtraAttribute::location).containsExactlyElementsOf(before.extras().stream()
                            .map(x -> org.assertj.core.groups.Tuple.tuple(x.name(), x.value(), x.location()))
                            .toList());
        }
        assertThat(TmjModelWriter.toYaml(back)).isEqualTo(yaml);
    }

    @Test
    void should_give_the_same_findings_after_a_round_trip_imported_ones_at_the_same_places() {
        Model imported = Overlay.apply(ModelFiles.read(SHOP, false), SHOP.resolveSibling("overlay/overlay.yaml"),
                false);
        Model back = TmjModelReader.read(TmjModelWriter.toYaml(imported), "model.yaml");

        // What the overlay added is declared by model.yaml now, and located there; imported elements keep their code.
        assertThat(summary(back)).isNotEmpty().containsExactlyInAnyOrderElementsOf(summary(imported).stream()
                .map(s -> s.replaceAll(" src/test/resources/iac/overlay/overlay\\.yaml:\\d+:\\d+$", " model.yaml"))
                .toList());
    }

    @Test
    void should_write_an_extra_located_elsewhere_with_its_own_location() {
        Model model = Model.named("m");
        Element web = model.add(dev.tmj.model.ElementType.SERVER, "aws_instance.web")
                .locatedAt(new SourceLocation("main.tf", 3, 1));
        web.setExtra("iacType", "aws_instance", new SourceLocation("main.tf", 3, 1));
        web.setExtra("iacAdminPort", "aws_security_group.web: ingress from 0.0.0.0/0 to port 22",
                new SourceLocation("sg.tf", 12, 3));

        String yaml = TmjModelWriter.toYaml(model);

        assertThat(yaml).contains("""
                    location:
                      file: main.tf
                      line: 3
                      column: 1
                    extra:
                      iacType: aws_instance
                      iacAdminPort:
                        value: "aws_security_group.web: ingress from 0.0.0.0/0 to port 22"
                        location:
                          file: sg.tf
                          line: 12
                          column: 3
                """);
        Element back = TmjModelReader.read(yaml, "m.yaml").elements().get(0);
        assertThat(back.extras()).extracting(ExtraAttribute::location).containsExactly(
                new SourceLocation("main.tf", 3, 1), new SourceLocation("sg.tf", 12, 3));
    }

    private static List<String> summary(Model model) {
        return Pipeline.of(model).run().findings().findings().stream().map(f -> f.threatId() + " " + f.target() + " "
                + f.fingerprint() + " " + f.location().map(l -> l.file().equals("model.yaml") ? l.file() : l.toString())
                .orElse("-")).toList();
    }
}
