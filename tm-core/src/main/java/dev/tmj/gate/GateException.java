package dev.tmj.gate;

import dev.tmj.model.TmjException;

/** A gate setting that makes no sense, such as an unknown severity; the command line exits 2. */
public final class GateException extends TmjException {
    public GateException(String message) {
        super(message);
    }
}
