package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    void should_build_every_subcommand_in_help_order_for_an_option_or_a_mistyped_name() {
        for (String first : new String[] {"--help", "chek", "no-such-model.py"}) {
            assertThat(TmjCommand.commandLine(new String[] {first}).getSubcommands().keySet())
                    .as(first).containsExactlyElementsOf(TmjCommand.SUBCOMMANDS);
        }
        assertThat(TmjCommand.commandLine(new String[0]).getSubcommands().keySet())
                .containsExactlyElementsOf(TmjCommand.SUBCOMMANDS);
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
