package dev.tmj.iac.hcl;

import static dev.tmj.iac.hcl.HclTesting.error;
import static dev.tmj.iac.hcl.HclTesting.expr;
import static dev.tmj.iac.hcl.HclTesting.printed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.SourcePosition;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    @Test
    void should_read_literals() {
        assertThat(expr("1.5e3")).isEqualTo(new Expression.Literal(new BigDecimal("1.5e3"), SourcePosition.of("t.tf", 1, 5)));
        assertThat(printed("true")).isEqualTo("true");
        assertThat(printed("false")).isEqualTo("false");
        assertThat(printed("null")).isEqualTo("null");
        assertThat(printed("42")).isEqualTo("42");
    }

    @Test
    void should_apply_hcl_operator_precedence_and_left_associativity() {
        assertThat(printed("a || b && c == d + e * f")).isEqualTo("(a || (b && (c == (d + (e * f)))))");
        assertThat(printed("!a && -b < c % 2")).isEqualTo("((!a) && ((-b) < (c % 2)))");
        assertThat(printed("a - b - c")).isEqualTo("((a - b) - c)");
        assertThat(printed("a / b * c")).isEqualTo("((a / b) * c)");
        assertThat(printed("a >= b != c <= d")).isEqualTo("((a >= b) != (c <= d))");
        assertThat(printed("(a + b) * c")).isEqualTo("((a + b) * c)");
        assertThat(printed("-x.y")).isEqualTo("(-x.y)");
    }

    @Test
    void should_read_conditionals_right_nested() {
        assertThat(printed("a ? b : c ? d : e")).isEqualTo("(a ? b : (c ? d : e))");
        assertThat(printed("a || b ? 1 : 2")).isEqualTo("((a || b) ? 1 : 2)");
    }

    @Test
    void should_read_traversals_indexes_and_legacy_indexes() {
        assertThat(printed("a.b[0].c")).isEqualTo("a.b[0].c");
        assertThat(printed("var.list.0.name")).isEqualTo("var.list[0].name");
        assertThat(printed("m[\"k\"][var.i]")).isEqualTo("m[\"k\"][var.i]");
        Expression.GetAttr get = (Expression.GetAttr) expr("aws_vpc.main.id");
        assertThat(get.name()).isEqualTo("id");
        assertThat(get.position()).isEqualTo(SourcePosition.of("t.tf", 1, 18));
    }

    @Test
    void should_read_full_and_attribute_splats() {
        Expression.Splat full = (Expression.Splat) expr("aws_instance.web[*].private_ip[0]");
        assertThat(full.full()).isTrue();
        assertThat(Printer.print(full.source())).isEqualTo("aws_instance.web");
        assertThat(Printer.print(full.each())).isEqualTo(".private_ip[0]");
        Expression.Splat attr = (Expression.Splat) expr("var.list.*.id");
        assertThat(attr.full()).isFalse();
        assertThat(Printer.print(attr)).isEqualTo("var.list.*.id");
        assertThat(printed("a.*.b[0]")).isEqualTo("a.*.b[0]");
        assertThat(expr("a.*.b[0]")).isInstanceOf(Expression.Index.class);
    }

    @Test
    void should_read_function_calls_with_expansion() {
        Expression.Call call = (Expression.Call) expr("concat(a, [1, 2], b...)");
        assertThat(call.name()).isEqualTo("concat");
        assertThat(call.args()).hasSize(3);
        assertThat(call.expandFinal()).isTrue();
        assertThat(printed("f()")).isEqualTo("f()");
        assertThat(printed("f(\n  1,\n  2,\n)")).isEqualTo("f(1, 2)");
    }

    @Test
    void should_read_tuples_with_newlines_and_trailing_commas() {
        assertThat(printed("[\n  1,\n  \"a\",\n]")).isEqualTo("[1, \"a\"]");
        assertThat(printed("[]")).isEqualTo("[]");
    }

    @Test
    void should_read_objects_with_equals_or_colon_and_commas_or_newlines() {
        assertThat(printed("{\n  a = 1\n  \"b\" : 2, c = 3,\n  (var.k) = 4\n}"))
                .isEqualTo("{\"a\" = 1, \"b\" = 2, \"c\" = 3, (var.k) = 4}");
        assertThat(printed("{}")).isEqualTo("{}");
        assertThat(printed("{ a = { b = [1] } }")).isEqualTo("{\"a\" = {\"b\" = [1]}}");
    }

    @Test
    void should_read_for_expressions_of_both_kinds() {
        assertThat(printed("[for v in var.list : upper(v)]")).isEqualTo("[for v in var.list : upper(v)]");
        assertThat(printed("[for i, v in x : v if i > 0]")).isEqualTo("[for i, v in x : v if (i > 0)]");
        assertThat(printed("{for k, v in x : k => v... if v != null}"))
                .isEqualTo("{for k, v in x : k => v... if (v != null)}");
        assertThat(printed("{\n  for s in var.subnets : s.name => s.cidr\n}")).isEqualTo("{for s in var.subnets : s.name => s.cidr}");
    }

    @Test
    void should_read_for_as_an_ordinary_name_when_no_variable_follows() {
        assertThat(printed("[for]")).isEqualTo("[for]");
    }

    @Test
    void should_report_unfinished_expressions_with_what_was_expected() {
        assertThat(error("x = [1 2]\n")).isEqualTo("t.tf:1:8: expected \",\" or \"]\" in the list, found number 2");
        assertThat(error("x = f(1 2)\n")).isEqualTo("t.tf:1:9: expected \",\" or \")\" in the arguments of f(), found number 2");
        assertThat(error("x = {a 1}\n")).isEqualTo("t.tf:1:8: expected \"=\" or \":\" after the object key, found number 1");
        assertThat(error("x = {a = 1 b = 2}\n"))
                .isEqualTo("t.tf:1:12: expected \",\", a new line or \"}\" after the object item, found \"b\"");
        assertThat(error("x = a ? b\n")).isEqualTo("t.tf:1:10: expected \":\" of the conditional expression, found end of line");
        assertThat(error("x = a.\n")).isEqualTo("t.tf:1:7: expected an attribute name after \".\", found end of line");
        assertThat(error("x = [for v x : v]\n")).isEqualTo("t.tf:1:12: expected \"in\", found \"x\"");
        assertThat(error("x = {for k, v in m : k v}\n"))
                .isEqualTo("t.tf:1:24: expected \"=>\" after the key of the for expression, found \"v\"");
        assertThat(error("x = (1\n")).isEqualTo("t.tf:2:1: expected \")\", found end of file");
        assertThat(error("x = 1 +\n2\n")).isEqualTo("t.tf:1:8: expected an expression, found end of line");
    }
}
