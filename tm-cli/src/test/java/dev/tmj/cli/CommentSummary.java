package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.gate.ModelCheck;
import java.nio.charset.StandardCharsets;

/** The check outputs {@code tmj comment} tests run with: this build's, with a Markdown summary. */
final class CommentSummary {
    private CommentSummary() {
    }

    static CheckOutputs outputs() {
        CheckOutputs available = CheckRenderers.available();
        if (available.renderer(Kind.SUMMARY).isPresent()) {
            return available;
        }
        return available.with(Kind.SUMMARY, (result, out) -> out.write(("## tmj: gate "
                + (result.passed() ? "passed" : "failed") + "\n\n" + result.models().stream().map(ModelCheck::path)
                .toList() + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
