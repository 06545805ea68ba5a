package dev.tmj.http;

import dev.tmj.model.TmjException;

/**
 * A setting that makes a request impossible before any is sent: a missing or malformed token variable, a base URL
 * tmj refuses, a pull request it cannot name. Bad input: the command line exits 2. The message never holds a
 * token.
 */
public final class ApiSetupException extends TmjException {
    private static final long serialVersionUID = 1L;

    public ApiSetupException(String message) {
        super(message);
    }
}
