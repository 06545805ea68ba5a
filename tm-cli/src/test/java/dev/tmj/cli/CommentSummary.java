package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.format.ci.CiFormat;

/**
 * The check outputs {@code tmj comment} tests run with: this build's, with tm-formats' Markdown summary added when
 * the build does not plug it in yet.
 */
final class CommentSummary {
    private CommentSummary() {
    }

    static CheckOutputs outputs() {
        CheckOutputs available = CheckRenderers.available();
        return available.renderer(Kind.SUMMARY).isPresent() ? available
                : available.with(Kind.SUMMARY, CiFormat.SUMMARY.renderer());
    }
}
