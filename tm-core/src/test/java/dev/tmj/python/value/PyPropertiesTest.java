package dev.tmj.python.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.python.Expr;
import dev.tmj.python.ExpressionParser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties that tie the value layer to Python itself: a repr is Python source that reads back as the value (through
 * tmj's own Python lexer), and the comparisons agree with each other.
 */
class PyPropertiesTest {
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 0x7f)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x80, 0x2fff)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)))
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        return codePoint.list().ofMaxSize(12).map(cps -> {
            StringBuilder s = new StringBuilder();
            cps.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    @Property
    void repr_of_a_str_reads_back_as_the_str(@ForAll("text") String s) {
        assertThat(constant(Py.repr(s))).isEqualTo(s);
        assertThat(constant(Py.ascii(s))).isEqualTo(s);
        assertThat(Py.ascii(s).chars()).allMatch(c -> c < 0x80);
    }

    @Property
    void repr_of_a_list_of_strs_reads_back_as_its_items(@ForAll("text") String a, @ForAll("text") String b) {
        Expr parsed = ExpressionParser.parseExpression(Py.repr(List.of(a, b)));
        assertThat(((Expr.ListExpr) parsed).elements()).extracting(e -> ((Expr.Constant) e).value())
                .containsExactly(a, b);
    }

    @Property
    void repr_of_a_float_reads_back_as_the_float(@ForAll double d) {
        if (Double.isFinite(d)) {
            assertThat(Double.parseDouble(Py.repr(d))).isEqualTo(d);
            assertThat(constant(Py.repr(Math.abs(d)))).isEqualTo(Math.abs(d));
        }
    }

    @Property
    void equality_and_ordering_agree_on_numbers(@ForAll long a, @ForAll long b) {
        assertThat(Py.eq(a, b)).isEqualTo(Py.compare("<", a, b) == 0);
        assertThat(Py.order("<", a, b)).isEqualTo(a < b);
        assertThat(Py.eq(a, (double) a)).isTrue();
    }

    private static Object constant(String source) {
        return ((Expr.Constant) ExpressionParser.parseExpression(source)).value();
    }
}
