package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An overlay adds what infrastructure code cannot say, by name; a name that matches nothing is an error. */
class OverlayTest {
    private static final Path SHOP = Path.of("src/test/resources/iac/shop");
    private static final Path OVERLAYS = Path.of("src/test/resources/iac/overlay");

    @Test
    void should_add_descriptions_data_flows_and_decisions_to_imported_elements() {
        Model model = Overlay.apply(ModelFiles.read(SHOP, false), OVERLAYS.resolve("overlay.yaml"), false);

        assertThat(model.name()).isEqualTo("Shop");
        Element db = element(model, "module.db.aws_db_instance.main");
        assertThat(db.get("description")).isEqualTo("Orders and customer data");
        assertThat(db.overrides()).singleElement().satisfies(o -> {
            assertThat(o.threatId()).isEqualTo("INP01");
            assertThat(o.get("status")).isEqualTo(FindingStatus.ACCEPTED);
            assertThat(o.get("owner")).isEqualTo("alice");
        });
        assertThat(db.location()).hasValueSatisfying(l -> assertThat(l.file()).endsWith("modules/db/main.tf"));
        Element customer = element(model, "Customer");
        assertThat(customer.inBoundary()).hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("Internet"));
        assertThat(model.dataflows()).extracting(Element::name).contains("places orders", "stores orders");
        Element stores = model.dataflows().stream().filter(f -> f.name().equals("stores orders")).findFirst()
                .orElseThrow();
        assertThat(stores.source()).isSameAs(element(model, "Deployment/shop/api"));
        assertThat(stores.sink()).isSameAs(db);
        assertThat(model.data()).extracting(d -> d.name()).containsExactly("Orders");
        assertThat(model.elements().stream().filter(e -> e.name().equals("Deployment/shop/api")).count())
                .isEqualTo(1);
    }

    @Test
    void should_refuse_every_entry_that_names_no_imported_element_at_its_line() {
        Model base = ModelFiles.read(SHOP, false);

        assertThatThrownBy(() -> Overlay.apply(base, OVERLAYS.resolve("stale.yaml"), false))
                .isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).errors()).extracting(Throwable::getMessage)
                        .containsExactly(
                                "src/test/resources/iac/overlay/stale.yaml:7:5: overlay entry "
                                        + "'module.db.aws_db_instance.old' names no element of the model; did you "
                                        + "mean 'module.db.aws_db_instance.main'?",
                                "src/test/resources/iac/overlay/stale.yaml:10:5: overlay entry "
                                        + "'Deployment/shop/gone' names no element of the model (its finding "
                                        + "decisions would apply to nothing); did you mean 'Deployment/shop/api'?"));
    }

    @Test
    void should_read_an_overlay_written_as_a_pytm_script() {
        Model model = Overlay.apply(ModelFiles.read(SHOP, false), OVERLAYS.resolve("overlay.py"), false);

        assertThat(element(model, "Deployment/shop/api").get("description")).isEqualTo("The shop's API");
        assertThat(model.dataflows()).extracting(Element::name).contains("browses");
    }

    @Test
    void should_refuse_an_overlay_type_that_contradicts_the_imported_one() {
        Model base = ModelFiles.read(SHOP, false);
        Model overlay = Model.named("o");
        overlay.add(dev.tmj.model.ElementType.DATASTORE, "Deployment/shop/api");

        assertThatThrownBy(() -> Overlay.apply(base, overlay)).isInstanceOf(SourceException.class)
                .hasMessageEndingWith("overlay entry 'Deployment/shop/api' is of type Datastore, the model's element "
                        + "of that name of type Server: write type Element (or Server) to refer to it");
    }

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
