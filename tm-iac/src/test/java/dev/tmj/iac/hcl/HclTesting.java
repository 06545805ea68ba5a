package dev.tmj.iac.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Helpers of the HCL tests: parse one attribute's expression, and the error of a text that does not parse. */
final class HclTesting {
    private HclTesting() {
    }

    /** The expression of {@code x = <text>} in a file {@code t.tf}. */
    static Expression expr(String text) {
        Body body = Hcl.parse("x = " + text + "\n", "t.tf");
        assertThat(body.attributes()).hasSize(1);
        return body.attributes().get(0).expression();
    }

    /** The expression of {@code x = <text>}, printed with every operation in parentheses. */
    static String printed(String text) {
        return Printer.print(expr(text));
    }

    /** The message of the error that parsing {@code text} as the file {@code t.tf} throws. */
    static String error(String text) {
        HclException e = catchThrowableOfType(HclException.class, () -> Hcl.parse(text, "t.tf"));
        assertThat(e).as("an error for %s", text).isNotNull();
        return e.getMessage();
    }
}
