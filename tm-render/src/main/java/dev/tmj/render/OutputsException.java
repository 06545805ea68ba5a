package dev.tmj.render;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Some outputs of {@link Outputs#write} (or {@link Outputs#writeTo}) failed; every other output was written. The
 * first failure is the cause, the others are suppressed.
 */
public final class OutputsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Path> written;
    private final transient Map<Path, Exception> failures;

    OutputsException(List<Path> written, Map<Path, Exception> failures) {
        super(message(written, failures), failures.values().iterator().next());
        this.written = List.copyOf(written);
        this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        failures.values().stream().skip(1).forEach(this::addSuppressed);
    }

    private static String message(List<Path> written, Map<Path, Exception> failures) {
        return failures.entrySet().stream()
                .map(f -> "could not write " + f.getKey() + ": " + f.getValue().getMessage())
                .collect(Collectors.joining("; ")) + " (wrote the " + written.size() + " other outputs)";
    }

    /** The files that were written, in the order of the outputs. */
    public List<Path> written() {
        return written;
    }

    /** Each file that could not be written, in the order of the outputs, with its exception. */
    public Map<Path, Exception> failures() {
        return failures;
    }
}
