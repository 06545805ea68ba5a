package dev.tmj.check;

/**
 * The outputs {@code tmj check} and the Maven plugin can write in this build: the one place the CI formats are
 * plugged in, one line each
 * ({@code .with(Kind.SARIF, new SarifWriter())}). An option whose kind is missing here exits 2 with "not available
 * in this build of tmj" before anything runs.
 */
public final class CheckRenderers {
    private CheckRenderers() {
    }

    /** Every output this build can write. */
    public static CheckOutputs available() {
        return CheckOutputs.standard();
    }
}
