package dev.tmj.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.resolve.CheckedModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticModelTest {
    @Test
    void hasPytmsSizes() {
        Model model = SyntheticModel.generate(5000);
        assertThat(model.dataflows()).hasSize(5000);
        assertThat(model.boundaries()).hasSize(62);
        assertThat(model.elements()).hasSize(6312);
        assertThat(model.data()).hasSize(500);
    }

    @Test
    void should_make_an_edited_version_with_50_elements_added_and_75_changed_for_the_diff_benchmark() {
        dev.tmj.diff.ModelDiff diff = dev.tmj.diff.ModelDiff.between(
                dev.tmj.pipeline.Pipeline.of(SyntheticModel.generate(5000)).run(),
                dev.tmj.pipeline.Pipeline.of(SyntheticModel.edited(5000)).run());

        assertThat(diff.added()).hasSize(50);
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).hasSize(50 + 25);
        assertThat(diff.newFindings()).isNotEmpty();
    }

    @Test
    void isDeterministic() {
        assertThat(describe(SyntheticModel.generate(400))).isEqualTo(describe(SyntheticModel.generate(400)));
    }

    @Test
    void hasTheIntendedShape() {
        Model model = SyntheticModel.generate(1000);
        List<Element> flows = model.dataflows();
        assertThat(flows).allSatisfy(f -> assertThat(f.source()).isNotSameAs(f.sink()));
        for (int i = 3; i < flows.size(); i += 4) {
            assertThat(flows.get(i).get("isResponse")).isEqualTo(true);
            assertThat(flows.get(i).source()).isSameAs(flows.get(i - 1).sink());
        }
        List<Element> nodes = model.elements().stream()
                .filter(e -> !e.isDataflow() && !e.isBoundary()).toList();
        assertThat(nodes).hasSize(250);
        long outOfScope = nodes.stream().filter(e -> !e.inScope()).count();
        assertThat(outOfScope).isBetween(10L, 45L);
        assertThat(nodes.stream().map(Element::type).distinct()).contains(ElementType.SERVER, ElementType.PROCESS,
                ElementType.DATASTORE, ElementType.ACTOR);
        assertThat(model.boundaries().get(2).inBoundary()).contains(model.boundaries().get(1));
        assertThat(CheckedModel.of(model).dataflows()).hasSize(1000);
    }

    private static String describe(Model model) {
        StringBuilder text = new StringBuilder();
        for (Element e : model.elements()) {
            text.append(e.label()).append(e.isDataflow() ? " " + e.source().name() + ">" + e.sink().name() : "")
                    .append(' ').append(e.inScope()).append(' ')
                    .append(e.inBoundary().map(Element::name).orElse("-")).append(' ')
                    .append(e.controls().schema().names().stream().filter(e.controls()::isSet).toList())
                    .append('\n');
        }
        return text.toString();
    }
}
