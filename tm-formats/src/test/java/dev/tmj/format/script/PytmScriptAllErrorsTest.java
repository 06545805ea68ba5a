package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tmj.model.PositionedException;
import dev.tmj.model.SourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A script's errors are reported together, each at its own line: every syntax error (the parser goes on at the
 * next statement), else the error of each top-level statement (the interpreter goes on with the next one), without
 * errors that only repeat an earlier one, at most {@link PositionedException#MAX_ERRORS} of them.
 */
class PytmScriptAllErrorsTest {
    private static final String HEADER = "from pytm import TM, Server, Datastore, Dataflow, Classification\n"
            + "tm = TM(\"Shop\")\n";

    @Test
    void should_report_three_independent_errors_each_with_its_line() {
        SourceException error = refused(HEADER + """
                web = Server("Web", port="443")
                db = Datastore("DB")
                db.maxClassification = Classification.SECRT
                Dataflow(web, db, "Query")
                total = count + 1
                """);

        assertThat(messages(error)).containsExactly(
                "tm.py:3:21: Server(Web).port expects int, got str '443'",
                "tm.py:5:24: Classification has no member 'SECRT'; did you mean 'SECRET'?",
                "tm.py:7:9: name 'count' is not defined");
        assertThat(error).hasMessage("tm.py:3:21: Server(Web).port expects int, got str '443'");
        assertThat(error.stoppedEarly()).isFalse();
    }

    @Test
    void should_not_report_again_the_uses_of_a_name_whose_definition_failed() {
        SourceException error = refused(HEADER + """
                web = Server("Web", port="443")
                web.controls.isHardened = True
                db = Datastore("DB")
                query = Dataflow(web, db, "Query")
                query.protocol = "HTTPS"
                web = Server("Web 2")
                web.port = "80"
                """);

        // web's failed definition skips lines 4, 6 and 7 (query is never bound either) without an error of
        // their own; line 8 binds web again, so line 9 is an error of its own.
        assertThat(messages(error)).containsExactly(
                "tm.py:3:21: Server(Web).port expects int, got str '443'",
                "tm.py:9:1: Server(Web 2).port expects int, got str '80'");
    }

    @Test
    void should_import_the_other_names_of_an_import_with_a_wrong_name() {
        SourceException error = refused("""
                from pytm import TM, Sever, Server
                tm = TM("Shop")
                web = Server("Web")
                api = Sever("API")
                web.port = "443"
                """);

        assertThat(messages(error)).containsExactly(
                "tm.py:1:22: cannot import name 'Sever' from 'pytm'; did you mean 'Server'?",
                "tm.py:5:1: Server(Web).port expects int, got str '443'");
    }

    @Test
    void should_report_the_same_error_of_a_function_once() {
        SourceException error = refused(HEADER + """
                def server(name):
                    return Server(name, port="443")
                web = server("Web")
                api = server("Web")
                """);

        assertThat(messages(error)).containsExactly("tm.py:4:25: Server(Web).port expects int, got str '443'");
    }

    @Test
    void should_stop_after_the_limit_of_errors() {
        StringBuilder script = new StringBuilder(HEADER);
        for (int i = 1; i <= 25; i++) {
            script.append("x").append(i).append(" = y").append(i).append('\n');
        }

        SourceException error = refused(script.toString());

        assertThat(error.errors()).hasSize(PositionedException.MAX_ERRORS).hasSize(20);
        assertThat(error.errors().get(19)).hasMessage("tm.py:22:7: name 'y20' is not defined");
        assertThat(error.stoppedEarly()).isTrue();
    }

    @Test
    void should_stop_parsing_after_the_limit_of_syntax_errors() {
        StringBuilder script = new StringBuilder(HEADER);
        for (int i = 1; i <= 21; i++) {
            script.append("x").append(i).append(" = = 1\n");
        }

        SourceException error = refused(script.toString());

        assertThat(error.errors()).hasSize(20);
        assertThat(error.errors().get(19)).hasMessage("tm.py:22:7: expected an expression, found '='");
        assertThat(error.stoppedEarly()).isTrue();
    }

    @Test
    void should_report_a_syntax_error_and_a_later_one_and_run_nothing() {
        SourceException error = refused(HEADER + """
                print("never printed")
                web = Server("Web") Server
                db = Datastore("DB")
                total = 1 +
                class Api:
                    pass
                """);

        assertThat(messages(error)).containsExactly(
                "tm.py:4:21: expected the end of the statement, found 'Server'",
                "tm.py:6:12: expected an expression, found end of line",
                "tm.py:7:1: class definitions are not supported: " + ScriptParser.SUPPORTED);
        assertThat(error.printed()).isEmpty();
    }

    @Test
    void should_skip_the_block_and_else_of_a_broken_header_and_go_on_inside_blocks() {
        SourceException error = refused(HEADER + """
                if x = 3:
                    y = 2 2
                else:
                    y = 3 3
                for s in ["a"]:
                    z = = 1
                    Server(s)
                    with open("x") as f:
                        pass
                w = 1 1
                """);

        // Lines 4 and 6 belong to the broken 'if' and are not parsed; the loop's body goes on after line 8.
        assertThat(messages(error)).containsExactly(
                "tm.py:3:6: expected ':', found '='",
                "tm.py:8:9: expected an expression, found '='",
                "tm.py:10:5: 'with' statements are not supported: " + ScriptParser.SUPPORTED,
                "tm.py:12:7: expected the end of the statement, found '1'");
    }

    @Test
    void should_report_an_unexpected_indent_once_and_go_on_after_its_block() {
        SourceException error = refused(HEADER + "web = Server(\"Web\")\n    web.port = 1\n    x = = 2\n"
                + "db = = 3\n");

        assertThat(messages(error)).containsExactly("tm.py:4:5: unexpected indent",
                "tm.py:6:6: expected an expression, found '='");
    }

    @Test
    void should_stop_at_once_at_a_budget_error() {
        SourceException error = refused(HEADER + """
                a = qqq
                while True:
                    pass
                b = zzz
                """);

        assertThat(messages(error)).containsExactly("tm.py:3:5: name 'qqq' is not defined",
                "tm.py:4:1: the script ran more than 1000000 steps; is there an endless loop?");
    }

    @Test
    void should_keep_what_the_script_printed_before_and_after_an_error() {
        SourceException error = refused(HEADER + """
                print("first")
                web = Server("Web", port="443")
                print("second", 2)
                """);

        assertThat(error.printed()).isEqualTo("first\nsecond 2\n");
        assertThat(messages(error)).containsExactly("tm.py:4:21: Server(Web).port expects int, got str '443'");
    }

    @Test
    void should_report_the_missing_model_only_when_nothing_else_failed() {
        assertThat(messages(refused("from pytm import Server\nweb = Server(\"Web\")\n")))
                .containsExactly("tm.py:1:1: the script never creates its model: a pytm model script must call "
                        + "TM(\"name\")");
        assertThat(messages(refused("from pytm import TM\ntm = TM(\"Shop\", bad=)\n")))
                .containsExactly("tm.py:2:21: expected an expression, found ')'");
        assertThat(messages(refused("from pytm import TM\ntm = TM(name)\n")))
                .containsExactly("tm.py:2:9: name 'name' is not defined");
    }

    @Test
    void should_report_every_attribute_pytm_does_not_define_when_strict() {
        SourceException error = catchThrowableOfType(() -> PytmScriptReader.read(HEADER + """
                web = Server("Web", protocl="HTTPS")
                web.isHardened = True
                db = Datastore("DB")
                db.isHardened = True
                db.port = "x"
                """, "tm.py", true), SourceException.class);

        assertThat(messages(error)).containsExactly(
                "tm.py:3:21: Server has no attribute 'protocl'; pytm ignores it; did you mean 'protocol'? (--strict)",
                "tm.py:4:1: Server has no attribute 'isHardened'; pytm ignores it; "
                        + "did you mean 'controls.isHardened'? (--strict)",
                "tm.py:6:1: Datastore has no attribute 'isHardened'; pytm ignores it; "
                        + "did you mean 'controls.isHardened'? (--strict)",
                "tm.py:7:1: Datastore(DB).port expects int, got str 'x'");
    }

    @Test
    void should_carry_a_single_error_alone() {
        SourceException error = refused(HEADER + "web = Server(\"Web\", port=\"443\")\n");

        assertThat(error.errors()).containsExactly(error);
        assertThat(error.stoppedEarly()).isFalse();
    }

    private static SourceException refused(String script) {
        SourceException error = catchThrowableOfType(() -> PytmScriptReader.read(script, "tm.py"),
                SourceException.class);
        assertThat(error).as("the script should be refused").isNotNull();
        return error;
    }

    private static List<String> messages(SourceException error) {
        return error.errors().stream().map(Throwable::getMessage).toList();
    }
}
