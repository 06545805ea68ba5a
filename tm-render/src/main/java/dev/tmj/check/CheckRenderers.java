package dev.tmj.check;

import dev.tmj.check.CheckOutputs.Kind;
import dev.tmj.format.ci.CiFormat;
import java.util.Optional;

/**
 * The outputs {@code tmj check} and the Maven plugin can write in this build: the one place the CI formats of
 * {@link CiFormat} are plugged into {@link CheckOutputs}, each under the kind whose option is its name
 * ({@code --sarif}, {@code --gitlab-codequality}). An option whose kind is missing here exits 2 with "not available
 * in this build of tmj" before anything runs.
 */
public final class CheckRenderers {
    private CheckRenderers() {
    }

    /** Every output this build can write: {@link Kind#JSON} and each {@link CiFormat}. */
    public static CheckOutputs available() {
        CheckOutputs outputs = CheckOutputs.standard();
        for (Kind kind : Kind.values()) {
            Optional<CiFormat> format = format(kind);
            if (format.isPresent()) {
                outputs = outputs.with(kind, format.get().renderer());
            }
        }
        return outputs;
    }

    /** The CI format a kind writes: the one named as the kind's option is ({@code --junit}: {@code junit}). */
    public static Optional<CiFormat> format(Kind kind) {
        return CiFormat.find(kind.option().substring("--".length()));
    }
}
