package dev.tmj.iac.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not a plan tmj reads: refused with file:line:column, the JSON path and what was expected. */
class TerraformPlanBadInputTest {
    @TempDir
    Path dir;

    private static PlanException refused(String json) {
        try {
            TerraformPlan.read(json.getBytes(StandardCharsets.UTF_8), "plan.json");
        } catch (PlanException e) {
            return e;
        }
        throw new AssertionError("read without error: " + json);
    }

    private static final String HEAD = "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.5\",\n";

    @Test
    void should_refuse_an_unknown_major_format_version_at_its_position() {
        PlanException e = refused("{\n  \"format_version\": \"2.0\",\n  \"planned_values\": {}\n}");

        assertThat(e.getMessage()).startsWith("plan.json:2:21: format_version: plan format_version \"2.0\" is not"
                + " supported: tmj reads format 1.x");
        assertThat(refused("{\"format_version\": \"10.1\", \"planned_values\": {}}").getMessage())
                .contains("\"10.1\" is not supported");
        assertThat(refused("{\"format_version\": \"1.x\", \"planned_values\": {}}").getMessage())
                .contains("\"1.x\" is not supported");
    }

    @Test
    void should_refuse_json_without_a_format_version_as_not_a_plan() {
        assertThat(refused("{\"planned_values\": {}}").getMessage())
                .startsWith("plan.json:1:1: format_version: not a Terraform plan's JSON: expected format_version");
        assertThat(refused("{\"format_version\": 1.2, \"planned_values\": {}}").getMessage())
                .startsWith("plan.json:1:20: format_version: not a Terraform plan's JSON");
    }

    @Test
    void should_refuse_a_terraform_state_saying_it_is_one() {
        PlanException e = refused(HEAD + "\"values\": {\"root_module\": {\"resources\": [{\"values\": "
                + "{\"password\": \"Hunter2-plan-secret-7731\"}}]}}}");

        assertThat(e.getMessage()).contains("this is a Terraform state's JSON, not a plan's: expected planned_values")
                .doesNotContain("Hunter2");
        assertThat(refused(HEAD + "\"planned_values\": []}").getMessage())
                .startsWith("plan.json:2:19: planned_values: expected planned_values, an object");
    }

    @Test
    void should_refuse_malformed_json_at_its_line_and_column_with_what_was_expected() {
        PlanException truncated = refused(HEAD + "\"planned_values\": {\"root_module\": {\"resources\": [");
        assertThat(truncated.getMessage()).startsWith("plan.json:2:").contains("malformed JSON", "end-of-input");
        assertThat(truncated.line()).isEqualTo(2);

        PlanException comma = refused(HEAD + "\"planned_values\": {\"root_module\": {}},\n}");
        assertThat(comma.getMessage()).startsWith("plan.json:3:1").contains("malformed JSON", "expecting");

        assertThat(refused(HEAD + "\"planned_values\": {}} {}").getMessage())
                .startsWith("plan.json:2:23: unexpected content after the plan's JSON object");
        assertThat(refused("[1, 2]").getMessage())
                .startsWith("plan.json:1:1: expected a Terraform plan's JSON object, found [");
        assertThat(refused("  ").getMessage()).startsWith("plan.json:1:1: the file is empty");
    }

    @Test
    void should_not_quote_a_secret_from_a_file_that_is_not_json() {
        PlanException e = refused("{\"format_version\": AKIAIOSFODNN7EXAMPLE_secret}");

        assertThat(e.getMessage()).startsWith("plan.json:1:20:").contains("malformed JSON")
                .doesNotContain("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void should_refuse_a_duplicate_key_naming_its_path() {
        PlanException e = refused(HEAD + "\"planned_values\": {\"root_module\": {}, \"root_module\": {}}}");

        assertThat(e.getMessage()).startsWith("plan.json:2:39: planned_values.root_module: duplicate key"
                + " \"root_module\"");
    }

    @Test
    void should_refuse_a_resource_without_its_address_or_with_an_unknown_mode() {
        String resources = HEAD + "\"planned_values\": {\"root_module\": {\"resources\": [\n";

        assertThat(refused(resources + "{\"mode\": \"managed\", \"type\": \"aws_vpc\", \"name\": \"m\"}]}}}")
                .getMessage()).startsWith("plan.json:3:1: planned_values.root_module.resources[0].address: expected"
                        + " address (the resource's address) as a non-empty string, found none");
        assertThat(refused(resources + "{\"address\": \"aws_vpc.m\", \"mode\": \"weird\", \"type\": \"aws_vpc\","
                + " \"name\": \"m\"}]}}}").getMessage()).startsWith("plan.json:3:34: planned_values.root_module"
                        + ".resources[0].mode: expected mode \"managed\" or \"data\", found \"weird\"");
        assertThat(refused(resources + "{\"address\": \"aws_vpc.m[0]\", \"mode\": \"managed\", \"type\": \"aws_vpc\","
                + " \"name\": \"m\", \"index\": [0]}]}}}").getMessage())
                .contains("resources[0].index: expected a count index (a number) or a for_each key");
        assertThat(refused(resources + "{\"address\": 7}]}}}").getMessage())
                .contains("found a number");
        assertThat(refused(resources + "3]}}}").getMessage())
                .startsWith("plan.json:3:1: planned_values.root_module.resources[0]: expected every item of resources"
                        + " to be an object, found a number");
        assertThat(refused(HEAD + "\"planned_values\": {\"root_module\": {\"resources\": {}}}}").getMessage())
                .contains("planned_values.root_module.resources: expected resources to be a list, found an object");
        assertThat(refused(resources + "{\"address\": \"aws_vpc.m\", \"mode\": \"managed\", \"type\": \"aws_vpc\","
                + " \"name\": \"m\", \"values\": [1]}]}}}").getMessage())
                .contains("resources[0].values: expected values to be an object, found a list");
    }

    @Test
    void should_refuse_a_child_module_whose_address_is_not_inside_its_parent() {
        String modules = HEAD + "\"planned_values\": {\"root_module\": {\"child_modules\": [\n";

        assertThat(refused(modules + "{\"address\": \"aws_vpc.m\"}]}}}").getMessage())
                .startsWith("plan.json:3:13: planned_values.root_module.child_modules[0].address: expected the address"
                        + " of a module called by the root module (module.NAME), found \"aws_vpc.m\"");
        assertThat(refused(modules + "{\"address\": \"module.a\", \"child_modules\": [{\"address\": \"module.b\"}]}]}}}")
                .getMessage()).contains("child_modules[0].child_modules[0].address: expected the address of a module"
                        + " called by module.a (module.a.module.NAME)");
        assertThat(refused(modules + "{}]}}}").getMessage()).contains("child_modules[0].address: expected address");
    }

    @Test
    void should_refuse_json_nested_deeper_than_any_plan() {
        String deep = "[".repeat(400) + "]".repeat(400);

        PlanException inKept = refused(HEAD + "\"planned_values\": {\"x\": " + deep + "}}");
        assertThat(inKept.getMessage()).contains("nest more than " + PlanJsonReader.MAX_DEPTH + " levels deep");
        PlanException inSkipped = refused(HEAD + "\"prior_state\": " + deep + "}");
        assertThat(inSkipped.getMessage()).startsWith("plan.json:2:").contains("JSON over a limit", "nesting depth");
    }

    @Test
    void should_refuse_a_number_beyond_the_range_tmj_reads_at_its_position() throws PlanException {
        for (String number : new String[] {"1e99999999999", "-0.0e2147483648", "1e1001", "1e-1001"}) {
            assertThat(refused(HEAD + "\"planned_values\": {\"root_module\": {\"resources\": [\n  " + number + "]}}}")
                    .getMessage()).as(number).isEqualTo("plan.json:3:3: planned_values.root_module.resources[0]: number"
                            + " too large or too small: tmj reads numbers within 10^±1000");
        }
        assertThat(refused(HEAD + "\"planned_values\": {\"x\": [" + "9".repeat(1001) + "]}}").getMessage())
                .startsWith("plan.json:2:").contains("JSON over a limit: Number value length");
        TerraformPlan plan = TerraformPlan.read((HEAD + "\"planned_values\": {\"root_module\": {\"resources\": [{"
                + "\"address\": \"aws_x.y\", \"mode\": \"managed\", \"type\": \"aws_x\", \"name\": \"y\","
                + " \"values\": {\"big\": 1e999, \"small\": -1e-998}}]}}}").getBytes(StandardCharsets.UTF_8), "plan.json");
        assertThat(plan.resources().get(0).body().value("big"))
                .contains(new dev.tmj.iac.hcl.Value.Num(new java.math.BigDecimal("1e999")));
        assertThat(plan.resources().get(0).body().value("small"))
                .contains(new dev.tmj.iac.hcl.Value.Num(new java.math.BigDecimal("-1e-998")));
    }

    @Test
    void should_refuse_bytes_that_are_not_utf8_at_their_position() {
        byte[] bytes = (HEAD + "\"timestamp\": \"x\"}").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;

        assertThatThrownBy(() -> TerraformPlan.read(bytes, "plan.json")).isInstanceOf(PlanException.class)
                .hasMessageStartingWith("plan.json:2:").hasMessageContaining("malformed JSON");
    }

    @Test
    void should_refuse_a_file_larger_than_the_limit_before_reading_it() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(TerraformPlan.MAX_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> TerraformPlan.read(huge)).isInstanceOf(PlanException.class)
                .hasMessage(huge.toString().replace('\\', '/') + ": file larger than 64 MiB refused");
    }
}
