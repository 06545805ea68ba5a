package dev.tmj.iac.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tmj.iac.terraform.Resource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any JSON, well-formed or not, gives a plan or a positioned PlanException, never another exception. */
class TerraformPlanPropertiesTest {
    /** The keys a plan has, so that random JSON often looks like a plan in parts. */
    private static final String[] KEYS = {"format_version", "terraform_version", "variables", "value",
        "planned_values", "root_module", "resources", "child_modules", "address", "mode", "type", "name", "index",
        "values", "sensitive_values", "resource_changes", "change", "after_unknown", "after_sensitive", "before",
        "after", "configuration", "provider_config", "expressions", "references", "constant_value", "module_calls",
        "module", "sensitive", "depends_on", "count_expression", "alias", "module_address", "ingress", "prior_state",
        "values", "x"};
    private static final String[] STRINGS = {"1.2", "1.0", "2.0", "1", "", "managed", "data", "module.a",
        "module.a.module.b", "module.a[0]", "aws_vpc.main", "aws_vpc.main.id", "aws_subnet.s[0].id", "var.x",
        "local.y", "data.aws_ami.u.id", "module.a.out", "count.index", "[", "]", ".", "module.", "é\u0000\"\\"};
    private static final String[] PIECES = {"{", "}", "[", "]", ",", ":", "\"", "\"x\"", "null", "true", "1e999",
        "-0", "0.5", "1e99999999999", "-1E-2147483649", "\\u0000", "\n", " ", "\"format_version\"", "\"1.2\"",
        "\"planned_values\"", "\"resources\"",
        "\"address\"", "\"mode\"", "\"index\"", "\uFEFF", "\uD83D\uDE00", "/*", "'"};

    private static final String VALID = PlanFixtures.text("shop-plan.json");

    @Property(tries = 1500)
    void random_plan_like_json_gives_a_plan_or_a_positioned_plan_error(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("{");
        if (random.nextInt(4) > 0) {
            json.append("\"format_version\": \"1.").append(random.nextInt(3)).append("\", ");
        }
        json.append("\"planned_values\": ");
        value(random, json, 0);
        int more = random.nextInt(4);
        for (int i = 0; i < more; i++) {
            json.append(", \"").append(KEYS[random.nextInt(KEYS.length)]).append("\": ");
            value(random, json, 0);
        }
        assertReadsOrRefuses(json.append('}').toString());
    }

    @Property(tries = 1000)
    void a_mutated_plan_gives_a_plan_or_a_positioned_plan_error(@ForAll @IntRange(min = 0, max = 1_000_000) int where,
            @ForAll @IntRange(min = 0, max = 40) int length, @ForAll("pieces") String inserted) {
        int from = where % VALID.length();
        int to = Math.min(VALID.length(), from + length);
        assertReadsOrRefuses(VALID.substring(0, from) + inserted + VALID.substring(to));
    }

    @Property(tries = 300)
    void random_bytes_give_a_positioned_plan_error(@ForAll byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                TerraformPlan.read(bytes, "plan.json");
            } catch (PlanException e) {
                assertThat(e.getMessage()).startsWith("plan.json");
            }
        });
    }

    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of(PIECES);
    }

    /** A random JSON value whose keys and strings are mostly a plan's. */
    private static void value(Random random, StringBuilder json, int depth) {
        int kind = random.nextInt(depth > 6 ? 5 : 8);
        switch (kind) {
            case 0 -> json.append(random.nextBoolean());
            case 1 -> json.append("null");
            case 2 -> json.append(random.nextInt(5) == 0 ? "1.5e3" : random.nextInt(9) == 0 ? "1e99999999999"
                    : Integer.toString(random.nextInt(7) - 2));
            case 3, 4 -> string(STRINGS[random.nextInt(STRINGS.length)], json);
            case 5 -> {
                json.append('[');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    json.append(i == 0 ? "" : ",");
                    value(random, json, depth + 1);
                }
                json.append(']');
            }
            default -> {
                json.append('{');
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    json.append(i == 0 ? "" : ",");
                    string(KEYS[random.nextInt(KEYS.length)] + (random.nextInt(6) == 0 ? i : ""), json);
                    json.append(':');
                    value(random, json, depth + 1);
                }
                json.append('}');
            }
        }
    }

    private static void string(String text, StringBuilder json) {
        json.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    private static void assertReadsOrRefuses(String json) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            TerraformPlan plan;
            try {
                plan = TerraformPlan.read(json.getBytes(StandardCharsets.UTF_8), "plan.json");
            } catch (PlanException e) {
                assertThat(e.getMessage()).startsWith("plan.json");
                assertThat(e.file()).isEqualTo("plan.json");
                return;
            }
            assertThat(plan.formatVersion()).startsWith("1");
            for (Resource resource : plan.resources()) {
                assertThat(resource.position().file()).isEqualTo("plan.json");
                assertThat(resource.position().line()).isPositive();
                assertThat(resource.address()).isNotEmpty();
                resource.body().toValue();
            }
        }, "reading one plan took longer than its 30 s budget");
    }
}
