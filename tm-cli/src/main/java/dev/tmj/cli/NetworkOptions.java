package dev.tmj.cli;

import dev.tmj.http.HttpSettings;
import dev.tmj.io.TerminalText;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of every command that talks to a service ({@code tmj comment}, {@code tmj sync}): how long to wait,
 * as a picocli mixin, and the {@link HttpSettings} they make, traced on stderr under {@code --debug}.
 */
final class NetworkOptions {
    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for a connection (default: ${DEFAULT-VALUE}).")
    int connectTimeout;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for each answer (default: ${DEFAULT-VALUE}).")
    int timeout;

    /** Refuses timeouts under a second, as bad input of the command. */
    void check(CommandSpec spec) {
        if (connectTimeout < 1 || timeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--connect-timeout and --timeout must be 1 "
                    + "second or more");
        }
    }

    /** {@code base} with these timeouts, each request traced on {@code err} when {@code debug}. */
    HttpSettings over(HttpSettings base, boolean debug, PrintWriter err) {
        HttpSettings settings = base.withTimeouts(Duration.ofSeconds(connectTimeout), Duration.ofSeconds(timeout));
        return debug ? settings.withTrace(line -> err.println("tmj: debug: " + TerminalText.line(line))) : settings;
    }
}
