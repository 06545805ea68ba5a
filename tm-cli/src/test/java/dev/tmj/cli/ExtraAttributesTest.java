package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attributes pytm does not define: a warning per class and attribute on stderr, or with --strict an error at each. */
class ExtraAttributesTest {
    private static final String MODEL = "from pytm import TM, Server, Actor, Dataflow\ntm = TM(\"m\")\n"
            + "web = Server(\"Web\")\nweb.isHardened = True\napi = Server(\"API\")\napi.isHardened = True\n"
            + "api.deployment = \"development\"\n";

    @TempDir
    Path dir;

    @Test
    void should_print_one_warning_per_class_and_attribute_and_succeed() throws IOException {
        Path model = Files.writeString(dir.resolve("tm.py"), MODEL);

        CliRun run = CliRun.of(model.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly(
                "tmj: warning: " + model + ":4: Server has no attribute 'isHardened'; pytm ignores it; "
                        + "did you mean 'controls.isHardened'?",
                "tmj: warning: " + model + ":7: Server has no attribute 'deployment'; pytm ignores it");
    }

    @Test
    void should_refuse_the_model_with_strict() throws IOException {
        Path model = Files.writeString(dir.resolve("tm.py"), MODEL);
        Path out = dir.resolve("out.json");

        CliRun run = CliRun.of(model.toString(), "--strict", "--json", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        // Each place is an error of its own, all reported at once (a warning is printed once per attribute).
        assertThat(run.errLines()).containsExactly(
                "tmj: " + model + ":4:1: Server has no attribute 'isHardened'; "
                        + "pytm ignores it; did you mean 'controls.isHardened'? (--strict)",
                "tmj: " + model + ":6:1: Server has no attribute 'isHardened'; "
                        + "pytm ignores it; did you mean 'controls.isHardened'? (--strict)",
                "tmj: " + model + ":7:1: Server has no attribute 'deployment'; pytm ignores it (--strict)");
        assertThat(out).doesNotExist();
    }

    @Test
    void should_let_a_custom_threat_read_an_attribute_the_model_set() throws IOException {
        Path model = Files.writeString(dir.resolve("tm.py"), MODEL);
        Path threats = Files.writeString(dir.resolve("threats.json"), "[{\"SID\": \"DEV01\", \"target\": \"Server\", "
                + "\"description\": \"Development server\", \"condition\": \"target.deployment == 'development'\"}]");
        Path out = dir.resolve("out.json");

        CliRun run = CliRun.of(model.toString(), "--threats", threats.toString(), "--json", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("\"threat_id\": \"DEV01\"").contains("\"target\": \"API\"")
                .doesNotContain("\"target\": \"Web\"");
    }
}
