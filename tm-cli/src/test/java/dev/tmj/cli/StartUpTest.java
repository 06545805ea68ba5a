package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckRenderers;
import dev.tmj.http.HttpSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a run does before its command starts: only what the command can use, in a form the class archive keeps. */
class StartUpTest {
    @Test
    void should_read_the_built_in_library_aside_only_for_a_run_that_may_resolve_a_model() {
        assertThat(Main.mayResolve(new String[] {"tm.py"})).isTrue();
        assertThat(Main.mayResolve(new String[] {"check", "tm.py", "--fail-on", "high"})).isTrue();
        for (String[] args : new String[][] {{}, {"--version"}, {"-V"}, {"--help"}, {"-h"}, {"check", "--help"},
                {"tm.py", "--version"}}) {
            assertThat(Main.mayResolve(args)).as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void should_handle_errors_and_execution_with_a_class_of_its_own_rather_than_lambdas() {
        // A lambda that implements one of picocli's Java 5 interfaces makes the launcher's archive leave it out
        // (ErrorHandling.Handlers).
        CommandLine line = TmjCommand.commandLine(new String[] {"--version"});

        assertThat(line.getExecutionStrategy().getClass().isHidden()).isFalse();
        assertThat(line.getParameterExceptionHandler().getClass().isHidden()).isFalse();
        assertThat(line.getExecutionExceptionHandler().getClass().isHidden()).isFalse();
    }

    @Test
    void should_make_the_check_outputs_and_network_settings_only_for_a_subcommand_that_uses_them() {
        List<String> made = new ArrayList<>();
        Supplier<CheckOutputs> outputs = () -> {
            made.add("outputs");
            return CheckRenderers.available();
        };
        Supplier<HttpSettings> http = () -> {
            made.add("http");
            return HttpSettings.DEFAULTS;
        };

        TmjCommand.commandLine(Map.of(), Path.of(""), outputs, http, UnaryOperator.identity(), name -> false);
        TmjCommand.commandLine(Map.of(), Path.of(""), outputs, http, UnaryOperator.identity(), "diff"::equals);
        assertThat(made).isEmpty();

        TmjCommand.commandLine(Map.of(), Path.of(""), outputs, http, UnaryOperator.identity(), "check"::equals);
        assertThat(made).containsExactly("outputs");
        TmjCommand.commandLine(Map.of(), Path.of(""), outputs, http, UnaryOperator.identity(), name -> true);
        assertThat(made).containsExactly("outputs", "outputs", "http");
    }
}
