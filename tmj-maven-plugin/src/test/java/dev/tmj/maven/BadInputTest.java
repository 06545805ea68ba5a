package dev.tmj.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tmj.check.Check;
import dev.tmj.gate.Gate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's bad-input message is what {@code tmj check} prints on stderr for the same input. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void should_list_each_error_of_a_model_on_its_own_line_with_its_position() throws IOException {
        Path model = Files.writeString(dir.resolve("bad.py"), "from pytm import TM\ntm = TM(\"x\")\nfoo(\n");

        RuntimeException failure = catchThrowableOfType(RuntimeException.class,
                () -> Check.of().modelFile(model).run());

        assertThat(BadInput.is(failure)).isTrue();
        assertThat(BadInput.lines(failure)).containsExactly("tmj: " + model + ":3:4: '(' was never closed");
    }

    @Test
    void should_name_a_model_file_that_does_not_exist() {
        Path missing = dir.resolve("nope.py");

        RuntimeException failure = catchThrowableOfType(RuntimeException.class,
                () -> Check.of().modelFile(missing).run());

        assertThat(BadInput.is(failure)).isTrue();
        assertThat(BadInput.lines(failure)).containsExactly("tmj: " + missing + ": no such file");
    }

    @Test
    void should_say_what_severities_there_are_for_an_unknown_one() {
        RuntimeException failure = catchThrowableOfType(RuntimeException.class, () -> Gate.threshold("severe"));

        assertThat(BadInput.is(failure)).isTrue();
        assertThat(BadInput.lines(failure)).containsExactly("tmj: unknown severity 'severe': expected one of "
                + "info, very-low, low, medium, high, very-high or none");
    }

    @Test
    void should_escape_control_characters_so_a_name_cannot_forge_a_log_line() {
        RuntimeException failure = new ThreatModelClassException("threatModelClasses: no class a\nb");

        assertThat(BadInput.lines(failure)).singleElement().asString().doesNotContain("\n");
    }

    @Test
    void should_leave_errors_inside_tmj_to_the_build_error() {
        assertThat(BadInput.is(new IllegalStateException("a bug"))).isFalse();
    }
}
