package dev.tmj.iac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourcePosition;
import org.junit.jupiter.api.Test;

class IacModelTest {
    private final Model model = Model.named("infra");

    @Test
    void should_make_one_internet_actor_in_its_own_boundary_for_every_importer() {
        Element first = IacModel.internet(model);
        Element second = IacModel.internet(model);

        assertThat(second).isSameAs(first);
        assertThat(first.type()).isEqualTo(ElementType.ACTOR);
        assertThat(first.inBoundary().orElseThrow().name()).isEqualTo(IacModel.INTERNET);
        assertThat(model.boundaries()).hasSize(1);
    }

    @Test
    void should_give_a_new_element_every_fact_empty_but_its_type() {
        Element db = IacModel.element(model, ElementType.DATASTORE, "aws_db_instance.main", "aws_db_instance",
                SourcePosition.of("infra/db.tf", 12, 1));

        assertThat(IacFacts.ALL).allSatisfy(fact -> assertThat(db.extraValue(fact)).isInstanceOf(String.class));
        assertThat(IacFacts.get(db, IacFacts.TYPE)).isEqualTo("aws_db_instance");
        assertThat(IacFacts.get(db, IacFacts.PUBLIC_DATA)).isEmpty();
        assertThat(db.location().orElseThrow()).hasToString("infra/db.tf:12:1");
    }

    @Test
    void should_record_a_fact_with_its_cause_at_the_block_that_causes_it() {
        Element db = IacModel.element(model, ElementType.DATASTORE, "aws_db_instance.main", "aws_db_instance",
                SourcePosition.of("db.tf", 12, 1));

        IacFacts.set(db, IacFacts.PUBLIC_DATA, "aws_db_instance.main: publicly_accessible = true",
                SourcePosition.of("db.tf", 15, 3));

        assertThat(IacFacts.get(db, IacFacts.PUBLIC_DATA)).contains("publicly_accessible");
        assertThat(db.extras()).filteredOn(e -> e.name().equals(IacFacts.PUBLIC_DATA)).singleElement()
                .satisfies(e -> assertThat(e.location().line()).isEqualTo(15));
        assertThatThrownBy(() -> IacFacts.set(db, "iacNoSuchFact", "x", SourcePosition.of("db.tf", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
