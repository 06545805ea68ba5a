package dev.tmj.iac.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.BlockValue;
import dev.tmj.iac.terraform.Resource;
import org.junit.jupiter.api.Test;

/** The abbreviated plan of CONTRACTS.md §8 (an ALB, an ECS service, RDS), read as the contract describes it. */
class ContractExamplePlanTest {

    private static Resource resource(TerraformPlan plan, String address) {
        return plan.resource(address).orElseThrow(() -> new AssertionError("no " + address));
    }

    private static TerraformPlan plan() throws PlanException {
        return TerraformPlan.read(PlanFixtures.bytes("contract-example-plan.json"), "tfplan.json");
    }

    @Test
    void should_take_edges_from_configuration_references_where_planned_values_lack_them() throws PlanException {
        TerraformPlan plan = plan();

        assertThat(resource(plan, "aws_ecs_service.app").body().blocks("network_configuration").get(0)
                .attribute("subnets")).as("unknown at plan time, so absent from planned_values").isEmpty();
        assertThat(resource(plan, "aws_ecs_service.app").references()).containsExactly("aws_ecs_task_definition.app",
                "aws_lb_target_group.app", "aws_security_group.app", "aws_subnet.private");
        assertThat(resource(plan, "aws_lb.web").references()).containsExactly("aws_security_group.alb",
                "aws_subnet.public");
        assertThat(resource(plan, "aws_db_instance.db").references()).containsExactly("aws_security_group.db");
        assertThat(resource(plan, "aws_vpc.main").references()).isEmpty();
    }

    @Test
    void should_read_a_redirecting_listener_as_nested_blocks_with_its_unknown_load_balancer() throws PlanException {
        BlockValue listener = resource(plan(), "aws_lb_listener.http").body();

        assertThat(listener.value("protocol")).contains(Value.of("HTTP"));
        BlockValue action = listener.blocks("default_action").get(0);
        assertThat(action.value("type")).contains(Value.of("redirect"));
        assertThat(action.blocks("redirect").get(0).value("protocol")).contains(Value.of("HTTPS"));
        assertThat(listener.value("load_balancer_arn")).contains(new Value.Unknown(PlanValues.UNKNOWN));
        assertThat(resource(plan(), "aws_lb_listener.http").position().line()).isEqualTo(14);
    }

    @Test
    void should_mask_the_database_password_and_keep_its_encryption() throws PlanException {
        BlockValue db = resource(plan(), "aws_db_instance.db").body();

        assertThat(db.value("password")).contains(new Value.Unknown(PlanValues.SENSITIVE));
        assertThat(db.value("storage_encrypted")).contains(Value.TRUE);
        assertThat(db.value("publicly_accessible")).contains(Value.FALSE);
        assertThat(plan().variables().get(0).value()).as("db_password is not declared sensitive in this plan")
                .isEqualTo(Value.of("not-shown"));
    }
}
