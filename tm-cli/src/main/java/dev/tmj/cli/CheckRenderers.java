package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.format.ci.CiFormat;

/**
 * The outputs {@code tmj check} can write in this build: the one place the CI formats are plugged in, one line each
 * ({@code .with(Kind.SARIF, new SarifWriter())}). An option whose kind is missing here exits 2 with "not available
 * in this build of tmj" before anything runs.
 */
final class CheckRenderers {
    private CheckRenderers() {
    }

    static CheckOutputs available() {
        // The Markdown summary: --summary, and the body of tmj comment.
        return CheckOutputs.standard().with(Kind.SUMMARY, CiFormat.SUMMARY.renderer());
    }
}
