package dev.tmj.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A custom threat may read an attribute that pytm does not define and a model script set (pytm stores it):
 * the model's value where it is set; AttributeError, so no match, where it is not, as in pytm.
 */
class ExtraAttributeConditionTest {
    private static final List<ElementType> SERVER = List.of(ElementType.SERVER);
    private static final SourceLocation HERE = new SourceLocation("tm.py", 4, 1);

    @Test
    void should_read_an_extra_attribute_where_the_model_set_it() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");
        web.setExtra("deployment", "development", HERE);
        Element api = model.add(ElementType.SERVER, "API");
        api.setExtra("deployment", "production", HERE);

        Condition condition = Condition.compile("target.deployment == 'development'", SERVER);

        assertThat(condition.test(web)).isTrue();
        assertThat(condition.test(api)).isFalse();
    }

    @Test
    void should_raise_attribute_error_where_the_model_did_not_set_it() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");

        assertThatThrownBy(() -> Condition.compile("target.deployment == 'development'", SERVER).test(web))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("'Server' object has no attribute 'deployment'");
    }

    @Test
    void should_read_an_extra_control_and_an_extra_attribute_of_data() {
        Model model = Model.named("m");
        Element web = model.add(ElementType.SERVER, "Web");
        web.controls().setExtra("usesTLS", true, HERE);
        Element user = model.add(ElementType.ACTOR, "User");
        Element flow = model.dataflow(user, web, "Login");
        model.data("Token").setExtra("retentionDays", 30L, HERE);
        flow.set("data", List.of(model.data().get(0)));

        assertThat(Condition.compile("target.controls.usesTLS is True", SERVER).test(web)).isTrue();
        assertThat(Condition.compile("any(d.retentionDays > 7 for d in target.data)", List.of(ElementType.DATAFLOW))
                .test(flow)).isTrue();
    }

    @Test
    void should_still_refuse_a_name_pytm_defines_for_other_classes_or_a_slip_of_one() {
        assertThatThrownBy(() -> Condition.compile("target.environment == 'development'", SERVER))
                .isInstanceOf(ConditionException.class)
                .hasMessageContaining("Server has no attribute 'environment'");
        assertThatThrownBy(() -> Condition.compile("target.controls.isHardend", SERVER))
                .isInstanceOf(ConditionException.class)
                .hasMessageContaining("Controls has no attribute 'isHardend'; did you mean 'isHardened'?");
    }
}
