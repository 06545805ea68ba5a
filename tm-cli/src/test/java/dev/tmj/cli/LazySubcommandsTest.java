package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazySubcommandsTest {
    @TempDir
    Path dir;

    @Test
    void should_build_no_subcommand_for_a_run_on_a_model_file() throws Exception {
        Path model = Files.writeString(dir.resolve("tm.py"), "from pytm import TM\n");

        assertThat(TmjCommand.commandLine(new String[] {model.toString(), "--json", "-"}).getSubcommands()).isEmpty();
    }

    @Test
    void should_build_every_subcommand_in_help_order_for_help_an_unknown_option_or_no_arguments() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"--jsno"}, {"--version", "--help"},
                {"--radius", "x", "m.py"}, {"m.py", "check"}, {"--", "check"}, {}}) {
            assertThat(TmjCommand.commandLine(args).getSubcommands().keySet())
                    .as(String.join(" ", args)).containsExactlyElementsOf(TmjCommand.SUBCOMMANDS);
        }
    }

    @Test
    void should_print_the_same_help_with_every_subcommand_when_a_run_on_a_model_file_asks_for_it() throws Exception {
        Path model = Files.writeString(dir.resolve("tm.py"), "from pytm import TM\n");
        StringWriter alone = new StringWriter();
        StringWriter afterModel = new StringWriter();

        int aloneExit = Main.run(new String[] {"--help"}, new PrintWriter(alone), new PrintWriter(new StringWriter()));
        int afterModelExit = Main.run(new String[] {model.toString(), "--json", "-", "-h"},
                new PrintWriter(afterModel), new PrintWriter(new StringWriter()));

        assertThat(afterModelExit).isEqualTo(aloneExit);
        assertThat(afterModel.toString()).isEqualTo(alone.toString()).contains("check", "history", "notify");
    }

    @Test
    void should_build_no_subcommand_for_the_version_or_arguments_that_name_none_and_parse_without_one() {
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"chek"}, {"no-such-model.py", "--json", "-"},
                {"--version", "chek"}}) {
            assertThat(TmjCommand.commandLine(args).getSubcommands()).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void should_run_with_each_option_once_after_the_parse_that_chose_no_subcommand() throws Exception {
        CheckProject project = new CheckProject(dir);
        Path model = project.model("tm.yaml", "- type: Server\n  name: Web");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // Parsed twice (TmjCommand.parsesAlone, then the run): a library given twice would be refused (TH in both).
        int exitCode = Main.run(new String[] {"--threats", project.threats.toString(), model.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString()).contains("TH", "TM");
    }

    @Test
    void should_build_only_the_subcommand_a_run_names() {
        for (String name : TmjCommand.SUBCOMMANDS) {
            assertThat(TmjCommand.commandLine(new String[] {name, "--help"}).getSubcommands().keySet()).containsExactly(name);
        }
    }

    @Test
    void should_treat_a_first_argument_named_like_a_subcommand_as_the_subcommand_even_if_such_a_file_exists()
            throws Exception {
        Files.writeString(dir.resolve("check"), "");
        String check = dir.resolve("check").toString();

        assertThat(TmjCommand.commandLine(new String[] {"check"}).getSubcommands()).containsOnlyKeys("check");
        assertThat(TmjCommand.commandLine(new String[] {check}).getSubcommands()).isEmpty();
    }
}
