package dev.tmj.iac.hcl;

import static dev.tmj.iac.hcl.HclTesting.expr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EvaluatorTest {
    private static final Evaluator.Scope SCOPE = (root, attribute, at) -> switch (root) {
        case "var" -> attribute == null ? Value.object("n", Value.of(3)) : switch (attribute) {
            case "n" -> Value.of(3);
            case "name" -> Value.of("Web");
            case "list" -> Value.list(List.of(Value.of("a"), Value.of("b")));
            case "map" -> Value.object("x", Value.of(1), "y", Value.of(2));
            case "objs" -> Value.list(List.of(Value.object("id", Value.of("i1")), Value.object("id", Value.of("i2"))));
            default -> new Value.Unknown("no var " + attribute);
        };
        default -> new Value.Unknown(root + "." + attribute + " is known only after apply");
    };

    private static Value eval(String text) {
        return new Evaluator().evaluate(expr(text), SCOPE, Map.of());
    }

    private static Value list(Value... items) {
        return Value.list(List.of(items));
    }

    @Test
    void should_evaluate_literals_and_arithmetic_exactly() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(Value.of(7));
        assertThat(eval("0.1 + 0.2")).isEqualTo(new Value.Num(new java.math.BigDecimal("0.3")));
        assertThat(eval("7 % 3 - -1")).isEqualTo(Value.of(2));
        assertThat(eval("\"5\" + 1")).isEqualTo(Value.of(6));
        assertThat(eval("1 / 0")).isInstanceOf(Value.Unknown.class);
        assertThat(eval("null")).isEqualTo(Value.NULL);
    }

    @Test
    void should_compare_by_type_and_value() {
        assertThat(eval("1 == 1.0")).isEqualTo(Value.TRUE);
        assertThat(eval("\"1\" == 1")).isEqualTo(Value.FALSE);
        assertThat(eval("[1, \"a\"] == [1, \"a\"]")).isEqualTo(Value.TRUE);
        assertThat(eval("{a = 1} != {a = 2}")).isEqualTo(Value.TRUE);
        assertThat(eval("2 >= 2 && !(1 > 2) || false")).isEqualTo(Value.TRUE);
        assertThat(eval("aws_vpc.x.id == 1")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void should_evaluate_templates_and_unwrap_a_lone_interpolation() {
        assertThat(eval("\"${var.name}-${var.n}-${true}\"")).isEqualTo(Value.of("Web-3-true"));
        assertThat(eval("\"${var.n}\"")).isEqualTo(Value.of(3));
        assertThat(eval("\"%{ for i, v in var.list }${i}${v}%{ if i == 0 },%{ endif }%{ endfor }\"")).isEqualTo(Value.of("0a,1b"));
        assertThat(eval("\"id-${aws_instance.web.id}\"")).isEqualTo(new Value.Unknown("aws_instance.web is known only after apply"));
    }

    @Test
    void should_evaluate_collections_traversals_and_splats() {
        assertThat(eval("var.list[1]")).isEqualTo(Value.of("b"));
        assertThat(eval("var.map[\"y\"]")).isEqualTo(Value.of(2));
        assertThat(eval("var.objs[*].id")).isEqualTo(list(Value.of("i1"), Value.of("i2")));
        assertThat(eval("var.objs.*.id")).isEqualTo(list(Value.of("i1"), Value.of("i2")));
        assertThat(eval("{a = var.n, \"b\" = [1]}.a")).isEqualTo(Value.of(3));
        assertThat(eval("null[*]")).isEqualTo(list());
        assertThat(eval("var.list[5]")).isEqualTo(new Value.Unknown("index 5 is out of range for a list of 2"));
        assertThat(eval("aws_instance.web[*].id")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void should_evaluate_conditionals_and_for_expressions() {
        assertThat(eval("var.n > 2 ? \"big\" : \"small\"")).isEqualTo(Value.of("big"));
        assertThat(eval("[for v in var.list : upper(v) if v != \"a\"]")).isEqualTo(list(Value.of("B")));
        assertThat(eval("{for k, v in var.map : v => k}")).isEqualTo(Value.object("1", Value.of("x"), "2", Value.of("y")));
        assertThat(eval("{for v in [\"a\", \"b\", \"a\"] : v => v...}"))
                .isEqualTo(Value.object("a", list(Value.of("a"), Value.of("a")), "b", list(Value.of("b"))));
        assertThat(eval("{for v in [\"a\", \"a\"] : v => v}"))
                .isEqualTo(new Value.Unknown("the for expression makes the key \"a\" twice (\"...\" groups them)"));
        assertThat(eval("aws_x.y.z ? 1 : 2")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void should_evaluate_the_safe_functions() {
        assertThat(eval("concat(var.list, [\"c\"])")).isEqualTo(list(Value.of("a"), Value.of("b"), Value.of("c")));
        assertThat(eval("merge(var.map, {y = 3, z = 4})")).isEqualTo(
                Value.object("x", Value.of(1), "y", Value.of(3), "z", Value.of(4)));
        assertThat(eval("lookup(var.map, \"q\", 0)")).isEqualTo(Value.of(0));
        assertThat(eval("length(var.list) + length(\"héllo\")")).isEqualTo(Value.of(7));
        assertThat(eval("lower(\"AB\") == \"ab\" && upper(\"ab\") == \"AB\"")).isEqualTo(Value.TRUE);
        assertThat(eval("format(\"%s-%d-%q-%%\", \"a\", 4.7, \"b\")")).isEqualTo(Value.of("a-4-\"b\"-%"));
        assertThat(eval("join(\",\", split(\"/\", \"a/b/c\"))")).isEqualTo(Value.of("a,b,c"));
        assertThat(eval("tostring(5)")).isEqualTo(Value.of("5"));
        assertThat(eval("toset([\"b\", \"a\", \"b\"])")).isEqualTo(list(Value.of("a"), Value.of("b")));
        assertThat(eval("jsonencode({b = [1, true, null], a = \"<x>\"})"))
                .isEqualTo(Value.of("{\"a\":\"\\u003cx\\u003e\",\"b\":[1,true,null]}"));
        assertThat(eval("cidrsubnet(\"10.0.0.0/16\", 8, 2)")).isEqualTo(Value.of("10.0.2.0/24"));
        assertThat(eval("max([1, 5, 3]...)")).isEqualTo(Value.of(5));
        assertThat(eval("flatten([[1], [[2]], 3])")).isEqualTo(list(Value.of(1), Value.of(2), Value.of(3)));
    }

    @Test
    void should_leave_other_functions_and_resource_attributes_unknown() {
        assertThat(eval("file(\"secret.txt\")")).isEqualTo(new Value.Unknown("the function file() is not evaluated by tmj"));
        assertThat(eval("timestamp()")).isInstanceOf(Value.Unknown.class);
        assertThat(eval("replace(\"abc\", \"/b+/\", \"x\")"))
                .isEqualTo(new Value.Unknown("replace() with a regular expression is not evaluated by tmj"));
        assertThat(eval("upper(aws_s3_bucket.b.bucket)")).isEqualTo(new Value.Unknown("aws_s3_bucket.b is known only after apply"));
        assertThat(eval("[aws_s3_bucket.b.arn, 1]")).isEqualTo(list(new Value.Unknown("aws_s3_bucket.b is known only after apply"), Value.of(1)));
    }

    @Test
    @Timeout(60)
    void should_stop_a_string_that_doubles_past_the_limit_with_a_positioned_error() {
        Body body = Hcl.parse("x = \"${join(\"\", [for i in " + "[" + "1,".repeat(2000) + "1] : \"" + "a".repeat(1000) + "\"])}\"\n", "t.tf");
        HclException e = catchThrowableOfType(HclException.class,
                () -> new Evaluator().evaluate(body.attributes().get(0).expression(), SCOPE, Map.of()));
        assertThat(e.getMessage()).startsWith("t.tf:1:").endsWith("evaluation stopped: a string longer than 1048576 characters");
    }

    @Test
    @Timeout(60)
    void should_stop_nested_loops_at_the_step_budget() {
        String range = "[" + "1,".repeat(999) + "1]";
        Body body = Hcl.parse("x = [for a in " + range + " : [for b in " + range + " : [for c in " + range
                + " : a]]]\n", "t.tf");
        HclException e = catchThrowableOfType(HclException.class,
                () -> new Evaluator().evaluate(body.attributes().get(0).expression(), SCOPE, Map.of()));
        assertThat(e.getMessage()).matches("t\\.tf:1:\\d+: evaluation stopped: more than 20000000 steps"
                + "|t\\.tf:1:\\d+: evaluation stopped: a value of more than 1000000 elements");
    }
}
