package dev.tmj.http;

/**
 * A request that failed: the service refused it (the status says how), did not answer in time or could not be
 * reached. The message is one line that names the service, the request and what to check, and never holds the
 * token. Not bad input: the command line reports it and exits 3.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status the HTTP status, or 0 when no answer came
     */
    public ApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status of the refusal, or 0 when the service did not answer (network failure, timeout). */
    public int status() {
        return status;
    }
}
