package dev.tmj.iac.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the reader: a printed expression reads back as the tree it was printed from, and any input gives a
 * body or an {@link HclException}, never another exception, within a generous bound.
 */
class HclPropertiesTest {
    /** Pieces of HCL, put together at random: the input the parser meets when a file is broken. */
    private static final String[] PIECES = {"a", "resource", "\"x\"", "=", "==", "\"", "{", "}", "[", "]", "(", ")",
        "${", "%{", "<<EOF\n", "<<-EOF\n", "EOF", "\n", " ", "#", "//", "/*", "*/", "1", "2.5e3", ".", "*", ",",
        ":", "?", "for", "in", "if", "endif", "endfor", "else", "~", "\\", "\\u", "-", "!", "&&", "||", "=>", "...",
        "é", "\u0000", "\r\n", "\t", "null", "true", "<", ">", "%", "$"};

    @Property(tries = 500)
    void a_printed_expression_reads_back_as_the_same_tree(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int depth) {
        Expression generated = new ExpressionGenerator(seed).expression(depth);
        String printed = Printer.print(generated);

        Expression read = HclTesting.expr(printed);

        assertThat(Printer.print(read)).as("read back from %s", printed).isEqualTo(printed);
    }

    @Provide
    Arbitrary<String> brokenHcl() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 1500)
    void any_input_gives_a_body_or_an_hcl_error_never_another_exception(@ForAll("brokenHcl") String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Body body;
            try {
                body = Hcl.parse(text, "r.tf");
            } catch (HclException e) {
                assertThat(e.getMessage()).startsWith("r.tf:");
                assertThat(e.line()).isPositive();
                return;
            }
            Evaluator evaluator = new Evaluator();
            for (Body.Attribute attribute : body.attributes()) {
                try {
                    assertThat(evaluator.evaluate(attribute.expression(), (root, attr, at) -> new Value.Unknown(root),
                            Map.of())).isNotNull();
                } catch (HclException e) {
                    assertThat(e.getMessage()).contains("evaluation stopped");
                }
            }
        });
    }

    @Property(tries = 300)
    void any_generated_expression_evaluates_to_a_value_or_stops_at_the_budget(@ForAll long seed) {
        Expression generated = new ExpressionGenerator(seed).expression(4);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                assertThat(new Evaluator().evaluate(generated, (root, attr, at) -> Value.of(1), Map.of())).isNotNull();
            } catch (HclException e) {
                assertThat(e.getMessage()).contains("evaluation stopped");
            }
        });
    }
}
