package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;

/**
 * The outputs {@code tmj check} can write in this build: the one place the CI formats are plugged in, one line each
 * ({@code .with(Kind.SARIF, new SarifWriter())}). An option whose kind is missing here exits 2 with "not available
 * in this build of tmj" before anything runs.
 */
final class CheckRenderers {
    private CheckRenderers() {
    }

    static CheckOutputs available() {
        return CheckOutputs.standard();
    }
}
