package dev.tmj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.condition.ConditionException;
import dev.tmj.python.PythonSyntaxException;
import dev.tmj.threat.ThreatLibraryException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One position type and one message layout for every error that knows where in the input it is. */
class PositionedExceptionTest {

    @Test
    void should_write_a_file_position_the_way_compilers_do_leaving_out_what_is_unknown() {
        assertThat(SourcePosition.of("shop.yaml", 14, 11)).hasToString("shop.yaml:14:11");
        assertThat(SourcePosition.of("shop.yaml", 14, 0)).hasToString("shop.yaml:14");
        assertThat(SourcePosition.of("shop.yaml", 0, 0)).hasToString("shop.yaml");
    }

    @Test
    void should_write_a_position_in_a_text_without_a_file_in_pythons_words() {
        SourcePosition position = SourcePosition.inText(2, 5);

        assertThat(position.file()).isNull();
        assertThat(position).hasToString("line 2, column 5");
        assertThat(position.columnOnly()).isEqualTo("column 5");
    }

    @Test
    void should_write_declared_locations_as_error_positions() {
        assertThat(new SourceLocation("tm.py", 3, 7)).hasToString(SourcePosition.of("tm.py", 3, 7).toString());
        assertThat(SourceLocation.of("tm.py", 3)).hasToString("tm.py:3");
        assertThat(SourceLocation.of("tm.py", 0)).hasToString("tm.py");
    }

    @Test
    void should_lay_out_the_message_as_position_path_and_reason() {
        SourceException e = new SourceException(SourcePosition.of("m.json", 6, 44).at("flows[2].sink"),
                "no element named \"Web Servr\"");

        assertThat(e).hasMessage("m.json:6:44: flows[2].sink: no element named \"Web Servr\"");
        assertThat(e.position()).isEqualTo(new SourcePosition("m.json", 6, 44, "flows[2].sink"));
        assertThat(e.file()).isEqualTo("m.json");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(44);
        assertThat(e.path()).isEqualTo("flows[2].sink");
        assertThat(e.reason()).isEqualTo("flows[2].sink: no element named \"Web Servr\"");
    }

    @Test
    void should_leave_out_the_path_when_there_is_none() {
        SourceException e = new SourceException("tm.py", 0, 0, "no such file");

        assertThat(e).hasMessage("tm.py: no such file");
        assertThat(e.path()).isEmpty();
        assertThat(e.reason()).isEqualTo("no such file");
    }

    @Test
    void should_keep_one_typed_subclass_per_kind_of_input() {
        assertThat(new ThreatLibraryException("lib.json", 3, 7, "threat without a \"SID\""))
                .isInstanceOf(PositionedException.class).hasMessage("lib.json:3:7: threat without a \"SID\"");
        assertThat(new ThreatLibraryException("lib.json", 0, 0, "threat library resource not found"))
                .hasMessage("lib.json: threat library resource not found");
        assertThat(new PythonSyntaxException("invalid syntax", 2, 5))
                .isInstanceOf(PositionedException.class).hasMessage("line 2, column 5: invalid syntax")
                .satisfies(e -> assertThat(e.file()).isNull());
    }

    @Test
    void should_word_a_condition_position_by_the_shape_of_the_condition() {
        ConditionException oneLine = new ConditionException(null, "target.x and", 1, 13, "expected an expression");
        ConditionException twoLines = new ConditionException(null, "target.x and\n  (", 2, 4, "'(' was never closed");

        assertThat(oneLine).isInstanceOf(PositionedException.class)
                .hasMessage("Invalid condition at column 13: expected an expression");
        assertThat(twoLines).hasMessage("Invalid condition at line 2, column 4: '(' was never closed");
        assertThat(oneLine.forThreat("INP02"))
                .hasMessage("Invalid condition of threat INP02 at column 13: expected an expression")
                .satisfies(e -> assertThat(e.position()).isEqualTo(oneLine.position()));
    }

    @Test
    void should_carry_the_other_errors_of_an_input_behind_the_first_in_order() {
        SourceException first = new SourceException("tm.py", 3, 1, "first");
        SourceException second = new SourceException("tm.py", 5, 2, "second");
        SourceException third = new SourceException("tm.py", 9, 4, "third");
        PositionedException.collect(List.of(second, third), false);

        SourceException thrown = PositionedException.collect(List.of(first, second), true);

        assertThat(thrown).isSameAs(first).hasMessage("tm.py:3:1: first");
        assertThat(thrown.errors()).containsExactly(first, second, third);
        assertThat(thrown.stoppedEarly()).isTrue();
        assertThat(new SourceException("tm.py", 1, 1, "alone").errors()).extracting(Throwable::getMessage)
                .containsExactly("tm.py:1:1: alone");
    }

    @Test
    void should_refuse_to_collect_no_error_or_more_than_the_limit() {
        List<SourceException> many = IntStream.rangeClosed(1, PositionedException.MAX_ERRORS + 1)
                .mapToObj(i -> new SourceException("tm.py", i, 1, "error " + i)).toList();

        assertThatThrownBy(() -> PositionedException.collect(List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PositionedException.collect(many, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("between 1 and 20 errors expected, got 21");
    }
}
