package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A Java Error is an internal error: exit 3 and one line, not exit 1 ("gate failed") and a stack trace. */
class InternalErrorTest {
    @Command(name = "tmj")
    static final class Recursing implements Callable<Integer> {
        @Override
        public Integer call() {
            return depth(0);
        }

        private static int depth(int n) {
            return depth(n + 1) + 1;
        }
    }

    @Command(name = "tmj")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug\n::error::x");
        }
    }

    @Test
    void should_exit_3_with_one_line_when_the_stack_overflows() {
        CliRun run = run(new Recursing(), false);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("tmj: internal error: ran out of stack")
                .contains("java.lang.StackOverflowError", "rerun with --debug");
    }

    @Test
    void should_print_the_stack_trace_with_debug() {
        CliRun run = run(new Recursing(), true);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).contains("java.lang.StackOverflowError", "dev.tmj.cli.InternalErrorTest$Recursing.depth(");
    }

    @Test
    void should_exit_3_with_one_escaped_line_on_a_runtime_exception() {
        CliRun run = run(new Failing(), false);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.errLines()).containsExactly("tmj: internal error: java.lang.IllegalStateException: a bug"
                + "\\n::error::x (rerun with --debug for details)");
    }

    private static CliRun run(Object command, boolean debug) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = ErrorHandling.install(new CommandLine(command), () -> debug);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute();
        return new CliRun(code, out.toString(), err.toString());
    }
}
