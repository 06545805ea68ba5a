package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused script: what it printed, then each of its errors on a line of its own ({@code file:line:column}),
 * exit code 2 and no output file.
 */
class AllErrorsTest {
    private static final String HEADER = "from pytm import TM, Server, Datastore, Dataflow, Classification\n"
            + "tm = TM(\"Shop\")\n";

    @TempDir
    Path dir;

    @Test
    void should_print_what_the_script_printed_then_every_error_on_its_own_line() throws IOException {
        Path model = Files.writeString(dir.resolve("shop.py"), HEADER + """
                print("building the shop")
                web = Server("Web", port="443")
                db = Datastore("DB")
                db.maxClassification = Classification.SECRT
                Dataflow(web, db, "Query")
                print(f"{db.name} done")
                total = count + 1
                """);
        Path out = dir.resolve("out.json");

        CliRun run = CliRun.of(model.toString(), "--json", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "building the shop",
                "DB done",
                "tmj: " + model + ":4:21: Server(Web).port expects int, got str '443'",
                "tmj: " + model + ":6:24: Classification has no member 'SECRT'; did you mean 'SECRET'?",
                "tmj: " + model + ":9:9: name 'count' is not defined");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void should_print_every_syntax_error() throws IOException {
        Path model = Files.writeString(dir.resolve("syntax.py"), HEADER + "web = Server(\"Web\") Server\n"
                + "db = Datastore(\"DB\")\nx = = 1\n");

        CliRun run = CliRun.of(model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "tmj: " + model + ":3:21: expected the end of the statement, found 'Server'",
                "tmj: " + model + ":5:5: expected an expression, found '='");
    }

    @Test
    void should_say_when_it_stopped_after_the_limit() throws IOException {
        StringBuilder script = new StringBuilder(HEADER);
        for (int i = 1; i <= 21; i++) {
            script.append("x").append(i).append(" = y").append(i).append('\n');
        }
        Path model = Files.writeString(dir.resolve("many.py"), script);

        CliRun run = CliRun.of(model.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(21)
                .startsWith("tmj: " + model + ":3:6: name 'y1' is not defined")
                .endsWith("tmj: " + model + ":22:7: name 'y20' is not defined", "tmj: stopped after 20 errors");
    }

    @Test
    void should_report_every_attribute_pytm_does_not_define_with_strict() throws IOException {
        Path model = Files.writeString(dir.resolve("strict.py"), HEADER + """
                web = Server("Web")
                web.isHardened = True
                db = Datastore("DB", protocl="TLS")
                """);

        CliRun run = CliRun.of(model.toString(), "--strict");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "tmj: " + model + ":4:1: Server has no attribute 'isHardened'; pytm ignores it; "
                        + "did you mean 'controls.isHardened'? (--strict)",
                "tmj: " + model + ":5:22: Datastore has no attribute 'protocl'; pytm ignores it; "
                        + "did you mean 'protocol'? (--strict)");
    }
}
