package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
