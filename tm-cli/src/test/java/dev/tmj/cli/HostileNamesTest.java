package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from a hostile model cannot inject CI workflow commands or terminal escapes into what tmj prints. */
class HostileNamesTest {
    @TempDir
    Path dir;

    @Test
    void should_print_no_control_character_and_no_command_from_hostile_names() throws IOException {
        Path model = Files.writeString(dir.resolve("hostile.py"), """
                from pytm import TM, Server, Datastore, Dataflow
                tm = TM("m\\n::error file=a.py,line=1::model")
                web = Server("Web\\n::error file=x.py,line=1::pwned\\x1b[31m")
                web.usesSessionToken = True
                db = Datastore("DB\\r##vso[task.complete result=Succeeded]\\x1b]0;title\\x07")
                Dataflow(web, db, "q\\n::add-mask::x")
                print("::set-output name=x::y")
                print("\\x1b[2J")
                tm.process()
                """);

        for (String[] args : new String[][] {{model.toString()}, {model.toString(), "--list"},
                {model.toString(), "--dfd", "--around", "Nope\n::error::x\u001b[1m"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.err() + run.out()).as(String.join(" ", args)).doesNotContain("\u001b", "\u0007", "\r");
            Stream.concat(Arrays.stream(run.errLines()), run.out().lines()).forEach(line -> assertThat(line)
                    .as(String.join(" ", args)).doesNotStartWith("::").doesNotStartWith("##vso[").doesNotStartWith("##["));
        }
        CliRun summary = CliRun.of(model.toString());
        assertThat(summary.out()).contains("Web\\n::error file=x.py,line=1::pwned\\e[31m");
        assertThat(summary.err()).contains("\\x3a:set-output name=x::y", "\\e[2J", "tmj: warning: ");
        // The error is one line after the script's two printed lines and the warning.
        assertThat(Arrays.asList(CliRun.of(model.toString(), "--dfd", "--around", "Nope\n::error::x").errLines()))
                .hasSize(4).last().asString().startsWith("tmj: The model has no element named \"Nope\\n::error::x\"");
    }
}
