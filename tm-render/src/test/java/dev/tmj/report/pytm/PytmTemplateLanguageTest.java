package dev.tmj.report.pytm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The rules of pytm's template language, each checked against what CPython 3.11 with pytm 1.4.0's SuperFormatter
 * gives for the same template and values (the expected strings were produced that way).
 */
class PytmTemplateLanguageTest {
    private static String render(String template, Object... namesAndValues) {
        return PytmTemplate.parse(template, "t.md").render(names(namesAndValues));
    }

    private static Map<String, Object> names(Object... namesAndValues) {
        Map<String, Object> names = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            names.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return names;
    }

    private static Method method(Supplier<Object> body) {
        return new Method("X", "m", "x", body);
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> fails(ThrowingCallable call) {
        return assertThatThrownBy(call).isInstanceOf(TemplateException.class);
    }

    private static void failsAt(String template, int line, int column, String detail, Object... names) {
        fails(() -> render(template, names)).satisfies(e -> {
            TemplateException t = (TemplateException) e;
            assertThat(t.file()).isEqualTo("t.md");
            assertThat(t.reason()).contains(detail);
            assertThat(List.of(t.line(), t.column())).as(t.getMessage()).containsExactly(line, column);
            assertThat(t.getMessage()).startsWith("t.md:" + line + ":" + column + ": ");
        });
    }

    private static final List<String> XS = List.of("a", "b");

    // ------------------------------------------------------------------ plain str.format

    @Test
    void should_format_names_attributes_indexes_conversions_and_specs_as_python() {
        assertThat(render("{s!r} {s!s} {s!a} {n:>5} {s:^7} {{literal}}", "s", "é'", "n", 42L))
                .isEqualTo("\"é'\" é' \"\\xe9'\"    42   é'    {literal}");
        assertThat(render("{xs[1]} {d[a]}", "xs", XS, "d", Map.of("a", 1L))).isEqualTo("b 1");
        assertThat(render("{t} {f} {n} {e}", "t", true, "f", false, "n", null, "e", List.of()))
                .isEqualTo("True False None []");
        assertThat(render("{c} {c.name} {c.value} {l.value}", "c", dev.tmj.model.Classification.SECRET,
                "l", dev.tmj.model.Lifetime.LONG)).isEqualTo("Classification.SECRET SECRET 4 LONG_LIVED");
        assertThat(render("{xs} {d}", "xs", List.of("a", 1L, true), "d", Map.of("k", List.of())))
                .isEqualTo("['a', 1, True] {'k': []}");
    }

    @Test
    void should_allow_a_field_in_a_spec_but_not_three_levels() {
        assertThat(render("{a:{b}}", "a", "x", "b", ">4")).isEqualTo("   x");
        failsAt("{a:{b:{c}}}", 1, 7, "Max string recursion exceeded", "a", 1L, "b", 2L, "c", 3L);
    }

    // ------------------------------------------------------------------ repeat

    @Test
    void should_double_braces_per_loop_level() {
        assertThat(render("{xs:repeat:[{{item}}]}", "xs", XS)).isEqualTo("[a][b]");
        assertThat(render("{xs:repeat:{{item:repeat:<{{{{item}}}}>}}|}", "xs", List.of(XS, List.of("c"))))
                .isEqualTo("<a><b>|<c>|");
    }

    @Test
    void should_evaluate_single_braces_of_a_loop_body_once_in_the_outer_scope() {
        assertThat(render("{xs:repeat:{title}:{{item}};}", "xs", XS, "title", "T")).isEqualTo("T:a;T:b;");
        failsAt("{xs:repeat:{item}}", 1, 12, "KeyError: 'item' is not defined here", "xs", XS);
    }

    @Test
    void should_see_only_item_inside_a_loop() {
        failsAt("{xs:repeat:{{title}}}", 1, 12, "KeyError: 'title' is not defined here: inside a repeat:",
                "xs", XS, "title", "T");
    }

    @Test
    void should_repeat_over_dicts_lists_and_nothing_else() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("a", 1L);
        d.put("b", 2L);
        assertThat(render("{d:repeat:{{item[0]}}={{item[1]}};}", "d", d)).isEqualTo("a=1;b=2;");
        assertThat(render("{d:repeat:{{item}} }", "d", d)).isEqualTo("('a', 1) ('b', 2) ");
        assertThat(render("{s:repeat:x}{n:repeat:x}{z:repeat:x}", "s", "abc", "n", 5L, "z", null)).isEmpty();
        assertThat(render("{xs:repeat:[{{item}}]}", "xs", java.util.Arrays.asList("a", null))).as("None is an item")
                .isEqualTo("[a][None]");
        assertThat(render("{xs:repeated:<{{item}}>}", "xs", XS)).as("any spec starting with repeat")
                .isEqualTo("<a><b>");
    }

    // ------------------------------------------------------------------ if / not

    @Test
    void should_evaluate_if_text_eagerly_and_emit_it_unformatted() {
        failsAt("{flag:if:{missing}}", 1, 10, "KeyError: 'missing'", "flag", false);
        assertThat(render("{flag:if:yes}{flag:not:no}", "flag", false)).isEqualTo("no");
        assertThat(render("{flag:if:{{literal}}}", "flag", true)).isEqualTo("{literal}");
        assertThat(render("{flag:if:{{literal}}}", "flag", false)).isEmpty();
        assertThat(render("{xs:repeat:{{item:if:{{{{item}}}}}}}", "xs", List.of("a", "", "b")))
                .isEqualTo("{item}{item}");
        assertThat(render("{xs:repeat:{{item:if:{{item}}}}}", "xs", List.of("a", "", "b"))).isEqualTo("ab");
    }

    @Test
    void should_use_python_truthiness_and_call_callables() {
        assertThat(render("{e:if:yes}{l:if:yes}", "e", List.of(), "l", "[]")).isEqualTo("yes");
        assertThat(render("{m:if:has}{m:not:none}", "m", method(List::of))).isEqualTo("none");
        assertThat(render("{flag:iffy:yes} {flag:nothing}", "flag", true)).as("prefixes if and not")
                .isEqualTo("yes ");
        assertThat(render("{z:not:none}{zero:not:zero}", "z", null, "zero", 0L)).isEqualTo("nonezero");
    }

    // ------------------------------------------------------------------ call

    @Test
    void should_call_callables_with_and_without_a_template() {
        assertThat(render("{m:call:}", "m", method(() -> "called"))).isEqualTo("called");
        assertThat(render("{m:call:{{item}},}", "m", method(() -> List.of("a", "b")))).isEqualTo("a,b,");
        failsAt("x\n {m:call:}", 2, 2, "TypeError: sequence item: expected str instance, list found",
                "m", method(() -> List.of("a")));
    }

    @Test
    void should_call_report_utils_by_name() {
        assertThat(render("{s:call:getThreatId}|", "s", "x")).isEqualTo("|");
        assertThat(render("{s:call:getParentName}", "s", "x"))
                .isEqualTo("ERROR: getParentName method is not valid for str");
        assertThat(render("{n:call:getFindingCount}", "n", 3L)).isEqualTo("ERROR: getFindingCount method is not valid"
                + " for int");
        assertThat(render("{s:call:getInScopeFindings:never {{item}}}|", "s", "x")).isEqualTo("|");
        failsAt("{s:call:getThreatID}", 1, 1, "type object 'ReportUtils' has no attribute 'getThreatID' (did you"
                + " mean 'getThreatId'?)", "s", "x");
    }

    // ------------------------------------------------------------------ errors

    @Test
    void should_refuse_a_huge_field_width_at_the_field_before_building_it() {
        failsAt("Name:\n  {n:>2000000000}", 2, 3, "ValueError: format width 2000000000 is larger than tmj's"
                + " limit of 100000", "n", "m");
        failsAt("{xs:repeat:{{item:.999999}}}", 1, 12, "format precision 999999", "xs", XS);
    }

    @Test
    void should_report_syntax_errors_of_the_top_level_when_parsing() {
        assertThatThrownBy(() -> PytmTemplate.parse("a\n  }", "t.md")).isInstanceOf(TemplateException.class)
                .hasMessage("t.md:2:3: Single '}' encountered in format string (write '}}' for a literal brace)");
        assertThatThrownBy(() -> PytmTemplate.parse("{a\n", "t.md")).hasMessageStartingWith(
                "t.md:1:1: expected '}' before end of string");
        assertThatThrownBy(() -> PytmTemplate.parse("x {a{b}}", "t.md")).hasMessageStartingWith(
                "t.md:1:5: unexpected '{' in field name");
        assertThatThrownBy(() -> PytmTemplate.parse("{", "t.md")).hasMessageStartingWith(
                "t.md:1:1: Single '{' encountered");
    }

    @Test
    void should_point_errors_inside_loop_bodies_at_the_written_template() {
        String template = "x\n{xs:repeat:\n  {{item.nope}}\n}";
        failsAt(template, 3, 9, "AttributeError: 'str' object has no attribute 'nope'", "xs", XS);
        failsAt("{xs:repeat:\n{{item[5]}}}", 2, 7, "IndexError: list index out of range",
                "xs", List.of(List.of()));
        // A loop body is parsed when the loop runs: a brace that a value put into it is a syntax error then, at
        // the field that produced it; with no items the body is never parsed.
        failsAt("{xs:repeat:\n {brace}{{item}}}", 2, 2, "Single '}'", "xs", XS, "brace", "}");
        assertThat(render("{xs:repeat:\n {brace}{{item}}}", "xs", List.of(), "brace", "}")).isEmpty();
    }

    @Test
    void should_explain_a_missing_name_and_a_misspelt_one() {
        failsAt("{item.name}", 1, 1, "'item' is not defined here: it exists only inside a repeat: or call: "
                + "template, and a field inside such a template must double its braces", "tm", "x");
        failsAt("{findigns}", 1, 1, "KeyError: 'findigns' is not defined (did you mean 'findings'?)",
                "findings", List.of());
        failsAt("{}", 1, 1, "IndexError: positional field", "a", 1L);
        failsAt("{a!x}", 1, 4, "Unknown conversion specifier x", "a", 1L);
        failsAt("{a.}", 1, 3, "Empty attribute in format string", "a", 1L);
        failsAt("{a:>5}", 1, 1, "unsupported format string passed to list.__format__", "a", List.of());
        failsAt("{a:.2}", 1, 1, "Precision not allowed in integer format specifier", "a", 1L);
    }

    @Test
    void should_offer_no_way_into_java() {
        failsAt("{s.getClass}", 1, 3, "'str' object has no attribute 'getClass'", "s", "x");
        failsAt("{s.__class__}", 1, 3, "has no attribute '__class__'", "s", "x");
        failsAt("{n.toString}", 1, 3, "'int' object has no attribute 'toString'", "n", 1L);
        assertThat(render("{s.upper:call:}", "s", "abc")).isEqualTo("ABC");
    }
}
