package dev.tmj.iac.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.terraform.TerraformModel;
import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import org.junit.jupiter.api.Test;

/** A plan goes through the one Terraform mapping, as a configuration does; no secret of the plan reaches a model. */
class TerraformPlanModelTest {

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + model.elements()));
    }

    @Test
    void should_make_elements_named_by_address_and_located_where_each_resource_object_starts() throws PlanException {
        Model model = Model.named("shop");

        TerraformModel.addTo(model, PlanFixtures.shop());

        for (String[] expected : new String[][] {{"aws_instance.app[0]", "92"}, {"aws_instance.app[1]", "116"},
                {"aws_s3_bucket.assets[\"public\"]", "155"}, {"aws_db_instance.db", "170"},
                {"module.network.module.flow_logs.aws_flow_log.this", "253"},
                {"module.cache[\"eu\"].aws_elasticache_cluster.this", "272"}}) {
            Element element = element(model, expected[0]);
            assertThat(element.location()).as(expected[0]).hasValueSatisfying(at -> {
                assertThat(at.file()).isEqualTo("infra/shop-plan.json");
                assertThat(at.line()).isEqualTo(Integer.parseInt(expected[1]));
            });
            assertThat(IacFacts.get(element, IacFacts.TYPE)).isEqualTo(expected[0].contains("elasticache")
                    ? "aws_elasticache_cluster" : element.name().contains("flow_log") ? "aws_flow_log"
                    : expected[0].substring(0, expected[0].indexOf('.')));
        }
    }

    @Test
    void should_copy_no_value_the_plan_marks_sensitive_into_the_plan_read_or_the_model() throws PlanException {
        String source = PlanFixtures.text("shop-plan.json");
        for (String secret : PlanFixtures.SECRETS) {
            assertThat(source).as("the fixture holds the secret").contains(secret);
        }
        TerraformPlan plan = PlanFixtures.shop();
        Model model = Model.named("shop");

        TerraformModel.addTo(model, plan);

        StringBuilder read = new StringBuilder();
        plan.resources().forEach(r -> read.append(r).append('\n').append(r.body().toValue().show()).append('\n'));
        plan.variables().forEach(v -> read.append(v).append('\n'));
        plan.providers().forEach(p -> read.append(p).append('\n'));
        StringBuilder modelled = new StringBuilder();
        for (Element element : model.elements()) {
            dump(element, modelled);
        }
        dump(model, modelled);
        assertThat(read).as("what the reader kept").contains("aws_db_instance.db", "sensitive");
        assertThat(modelled).as("the model").contains("aws_db_instance.db");
        for (String secret : PlanFixtures.SECRETS) {
            assertThat(read.toString()).doesNotContain(secret);
            assertThat(modelled.toString()).doesNotContain(secret);
        }
    }

    private static void dump(ModelObject object, StringBuilder into) {
        for (String name : object.schema().names()) {
            into.append(name).append('=').append(object.get(name)).append('\n');
        }
        for (ExtraAttribute extra : object.extras()) {
            into.append(extra.name()).append('=').append(extra.value()).append('\n');
        }
    }
}
