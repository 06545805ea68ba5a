package dev.tmj.iac.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.BlockValue;
import dev.tmj.iac.terraform.Declarations.Provider;
import dev.tmj.iac.terraform.Declarations.Variable;
import dev.tmj.iac.terraform.Resource;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformPlanTest {
    @TempDir
    Path dir;

    private static Resource resource(TerraformPlan plan, String address) {
        return plan.resource(address).orElseThrow(() -> new AssertionError("no " + address + " in "
                + plan.resources().stream().map(Resource::address).toList()));
    }

    @Test
    void should_read_every_planned_resource_root_module_first_named_by_its_full_address() throws PlanException {
        TerraformPlan plan = PlanFixtures.shop();

        assertThat(plan.resources()).extracting(Resource::address).containsExactly(
                "aws_security_group.web", "aws_instance.app[0]", "aws_instance.app[1]",
                "aws_s3_bucket.assets[\"private\"]", "aws_s3_bucket.assets[\"public\"]", "aws_db_instance.db",
                "data.aws_ami.ubuntu", "module.network.aws_vpc.main", "module.network.aws_subnet.public[0]",
                "module.network.module.flow_logs.aws_flow_log.this",
                "module.cache[\"eu\"].aws_elasticache_cluster.this");
        assertThat(plan.formatVersion()).isEqualTo("1.2");
        assertThat(plan.terraformVersion()).isEqualTo("1.9.5");
        assertThat(plan.files()).containsExactly("infra/shop-plan.json");
        assertThat(plan.locals()).isEmpty();
    }

    @Test
    void should_keep_mode_type_name_module_and_instance_key_of_each_resource() throws PlanException {
        TerraformPlan plan = PlanFixtures.shop();

        Resource second = resource(plan, "aws_instance.app[1]");
        assertThat(second.mode()).isEqualTo(Resource.Mode.MANAGED);
        assertThat(second.type()).isEqualTo("aws_instance");
        assertThat(second.name()).isEqualTo("app");
        assertThat(second.module()).isEmpty();
        assertThat(second.key()).isEqualTo(Value.of(1));
        assertThat(second.baseAddress()).isEqualTo("aws_instance.app");
        assertThat(resource(plan, "aws_s3_bucket.assets[\"public\"]").key()).isEqualTo(Value.of("public"));
        assertThat(resource(plan, "aws_db_instance.db").key()).isNull();
        Resource ami = resource(plan, "data.aws_ami.ubuntu");
        assertThat(ami.mode()).isEqualTo(Resource.Mode.DATA);
        assertThat(ami.body().type()).isEqualTo("data");
        assertThat(ami.baseAddress()).isEqualTo("data.aws_ami.ubuntu");
        Resource flowLog = resource(plan, "module.network.module.flow_logs.aws_flow_log.this");
        assertThat(flowLog.module()).isEqualTo("module.network.module.flow_logs");
        assertThat(flowLog.baseAddress()).isEqualTo("module.network.module.flow_logs.aws_flow_log.this");
        assertThat(resource(plan, "module.cache[\"eu\"].aws_elasticache_cluster.this").module())
                .isEqualTo("module.cache[\"eu\"]");
    }

    @Test
    void should_locate_each_resource_at_the_line_and_column_where_its_object_starts() throws PlanException {
        TerraformPlan plan = PlanFixtures.shop();

        assertThat(resource(plan, "aws_security_group.web").position())
                .isEqualTo(SourcePosition.of("infra/shop-plan.json", 24, 9));
        assertThat(resource(plan, "aws_instance.app[1]").position().line()).isEqualTo(116);
        assertThat(resource(plan, "aws_db_instance.db").position().line()).isEqualTo(170);
        assertThat(resource(plan, "module.network.aws_subnet.public[0]").position().line()).isEqualTo(234);
        assertThat(resource(plan, "module.network.module.flow_logs.aws_flow_log.this").position())
                .isEqualTo(SourcePosition.of("infra/shop-plan.json", 253, 17));
        assertThat(resource(plan, "module.cache[\"eu\"].aws_elasticache_cluster.this").position().line())
                .isEqualTo(272);
    }

    @Test
    void should_shape_values_as_a_configuration_read_from_tf_files_does() throws PlanException {
        BlockValue web = resource(PlanFixtures.shop(), "aws_security_group.web").body();

        assertThat(web.type()).isEqualTo("resource");
        assertThat(web.labels()).containsExactly("aws_security_group", "web");
        assertThat(web.value("name")).contains(Value.of("web-sg"));
        assertThat(web.value("tags")).contains(Value.object("Name", Value.of("web")));
        assertThat(web.attribute("timeouts")).as("a null attribute is one not set").isEmpty();
        assertThat(web.value("egress")).as("an empty list stays an attribute").contains(Value.list(List.of()));
        assertThat(web.attribute("ingress")).as("a list of objects is nested blocks").isEmpty();
        List<BlockValue> ingress = web.blocks("ingress");
        assertThat(ingress).hasSize(2);
        assertThat(ingress.get(1).value("from_port")).contains(Value.of(22));
        assertThat(ingress.get(1).value("cidr_blocks")).contains(Value.list(List.of(Value.of("0.0.0.0/0"))));
        assertThat(ingress.get(1).value("self")).contains(Value.FALSE);
        assertThat(ingress.get(1).position()).isEqualTo(SourcePosition.of("infra/shop-plan.json", 48, 15));
        assertThat(ingress.get(1).attribute("to_port").orElseThrow().position().line()).isEqualTo(59);
        assertThat(web.attribute("name").orElseThrow().position())
                .isEqualTo(SourcePosition.of("infra/shop-plan.json", 62, 21));
        assertThat(web.toValue()).isInstanceOf(Value.ObjectValue.class);
    }

    @Test
    void should_keep_values_unknown_until_apply_unknown_whether_the_plan_omits_them_or_not() throws PlanException {
        BlockValue app = resource(PlanFixtures.shop(), "aws_instance.app[0]").body();

        assertThat(app.value("subnet_id")).hasValueSatisfying(v -> assertThat(v).isInstanceOf(Value.Unknown.class));
        assertThat(app.value("public_ip")).hasValueSatisfying(v -> assertThat(v).isInstanceOf(Value.Unknown.class));
        assertThat(app.attribute("public_ip").orElseThrow().position().line())
                .as("an attribute the plan omits is located at its resource").isEqualTo(92);
        assertThat(app.value("instance_type")).contains(Value.of("t3.micro"));
        assertThat(app.blocks("metadata_options").get(0).value("http_endpoint"))
                .hasValueSatisfying(v -> assertThat(v).isInstanceOf(Value.Unknown.class));
        assertThat(app.blocks("metadata_options").get(0).value("http_tokens")).contains(Value.of("required"));
        assertThat(resource(PlanFixtures.shop(), "aws_instance.app[1]").body().attribute("public_ip"))
                .as("the second instance has no change entry in this plan").isEmpty();
    }

    @Test
    void should_replace_every_value_the_plan_marks_sensitive_with_an_unknown_that_says_so() throws PlanException {
        BlockValue db = resource(PlanFixtures.shop(), "aws_db_instance.db").body();

        assertThat(db.value("password")).contains(new Value.Unknown(PlanValues.SENSITIVE));
        assertThat(db.attribute("password").orElseThrow().position().line()).isEqualTo(181);
        Value.ObjectValue tags = (Value.ObjectValue) db.value("tags").orElseThrow();
        assertThat(tags.get("api_token")).isEqualTo(new Value.Unknown(PlanValues.SENSITIVE));
        assertThat(tags.get("team")).isEqualTo(Value.of("shop"));
        assertThat(db.value("storage_encrypted")).contains(Value.TRUE);
        assertThat(db.value("allocated_storage")).contains(Value.of(20));
    }

    @Test
    void should_take_references_from_the_configuration_cut_to_resource_addresses() throws PlanException {
        TerraformPlan plan = PlanFixtures.shop();

        assertThat(resource(plan, "aws_instance.app[0]").references()).containsExactly(
                "aws_s3_bucket.assets", "aws_security_group.web", "data.aws_ami.ubuntu", "module.network");
        assertThat(resource(plan, "aws_instance.app[1]").references())
                .isEqualTo(resource(plan, "aws_instance.app[0]").references());
        assertThat(resource(plan, "aws_db_instance.db").references()).as("var and local name no resource")
                .containsExactly("aws_security_group.web");
        assertThat(resource(plan, "aws_security_group.web").references()).containsExactly("module.network");
        assertThat(resource(plan, "module.network.aws_subnet.public[0]").references())
                .containsExactly("module.network.aws_vpc.main");
        assertThat(resource(plan, "module.network.aws_vpc.main").references()).isEmpty();
    }

    @Test
    void should_follow_a_module_variable_to_what_the_caller_passed() throws PlanException {
        TerraformPlan plan = PlanFixtures.shop();

        assertThat(resource(plan, "module.network.module.flow_logs.aws_flow_log.this").references())
                .containsExactly("module.network.aws_vpc.main");
        assertThat(resource(plan, "module.cache[\"eu\"].aws_elasticache_cluster.this").references())
                .containsExactly("aws_security_group.web");
    }

    @Test
    void should_read_root_variables_and_mask_the_value_of_a_sensitive_one() throws PlanException {
        List<Variable> variables = PlanFixtures.shop().variables();

        assertThat(variables).extracting(Variable::name).containsExactly("db_password", "region");
        Variable password = variables.get(0);
        assertThat(password.sensitive()).isTrue();
        assertThat(password.value()).isEqualTo(new Value.Unknown(PlanValues.SENSITIVE));
        assertThat(password.position()).isEqualTo(SourcePosition.of("infra/shop-plan.json", 5, 20));
        assertThat(variables.get(1).value()).isEqualTo(Value.of("eu-west-1"));
        assertThat(variables.get(1).sensitive()).isFalse();
        assertThat(variables.get(1).module()).isEmpty();
    }

    @Test
    void should_read_provider_configurations_with_their_constant_and_variable_arguments() throws PlanException {
        List<Provider> providers = PlanFixtures.shop().providers();

        assertThat(providers).extracting(Provider::name).containsExactly("aws", "aws");
        Provider aws = providers.get(0);
        assertThat(aws.module()).isEmpty();
        assertThat(aws.position()).isEqualTo(SourcePosition.of("infra/shop-plan.json", 382, 14));
        assertThat(aws.body().value("region")).contains(Value.of("eu-west-1"));
        assertThat(aws.body().labels()).containsExactly("aws");
        Provider west = providers.get(1);
        assertThat(west.body().value("alias")).contains(Value.of("west"));
        assertThat(west.body().value("region")).contains(Value.of("us-west-2"));
    }

    @Test
    void should_read_a_plan_from_a_file_named_as_given() throws IOException {
        Path file = dir.resolve("plan.json");
        Files.write(file, PlanFixtures.bytes("shop-plan.json"));

        TerraformPlan plan = TerraformPlan.read(file);

        assertThat(plan.files()).containsExactly(file.toString().replace('\\', '/'));
        assertThat(plan.resources()).hasSize(11);
        assertThat(plan.resources().get(0).position().file()).isEqualTo(plan.files().get(0));
    }

    @Test
    void should_read_the_one_line_json_terraform_show_writes_with_columns_apart() throws PlanException {
        String oneLine = PlanFixtures.text("shop-plan.json").replaceAll("\\n\\s*", "");

        TerraformPlan plan = TerraformPlan.read(oneLine.getBytes(java.nio.charset.StandardCharsets.UTF_8), "p.json");

        assertThat(plan.resources()).hasSize(11);
        assertThat(plan.resources()).allSatisfy(r -> assertThat(r.position().line()).isEqualTo(1));
        assertThat(plan.resources()).extracting(r -> r.position().column()).doesNotHaveDuplicates();
        assertThat(resource(plan, "aws_instance.app[0]").references()).contains("aws_security_group.web");
    }

    @Test
    void should_read_a_plan_of_an_empty_configuration() throws PlanException {
        TerraformPlan plan = TerraformPlan.read("""
                {"format_version":"1.0","terraform_version":"1.1.0","planned_values":{"root_module":{}},
                 "configuration":{"root_module":{}}}""".getBytes(java.nio.charset.StandardCharsets.UTF_8), "e.json");

        assertThat(plan.resources()).isEmpty();
        assertThat(plan.providers()).isEmpty();
        assertThat(plan.variables()).isEmpty();
    }

    @Test
    void should_tell_a_plan_from_other_json_by_its_first_keys() {
        String head = PlanFixtures.text("shop-plan.json").substring(0, 200);

        assertThat(TerraformPlan.looksLike(head)).isTrue();
        assertThat(TerraformPlan.looksLike("\uFEFF {\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\"")).isTrue();
        assertThat(TerraformPlan.looksLike("{\"format_version\":\"1.1\",\"planned_values\":{")).isTrue();
        assertThat(TerraformPlan.looksLike("{\"name\": \"shop\", \"elements\": []}")).isFalse();
        assertThat(TerraformPlan.looksLike("{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}"))
                .isFalse();
        assertThat(TerraformPlan.looksLike("{\"format_version\": \"1.0\"}")).as("threats or other versioned JSON")
                .isFalse();
        assertThat(TerraformPlan.looksLike("format_version: 1.2\nterraform_version: 1.9\n")).isFalse();
        assertThat(TerraformPlan.looksLike("")).isFalse();
    }
}
