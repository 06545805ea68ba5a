package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./tmj} launcher, copied into a checkout without a jar and run with a stand-in for {@code mvn} that
 * records that it ran and fails (the real Maven is never run): a build that cannot happen exits 3, not 1.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "tmj").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Run(int exitCode, String err, boolean mavenRan) {
    }

    @Test
    @Timeout(120)
    void should_exit_3_and_say_what_to_do_when_the_checkout_cannot_be_written() throws Exception {
        Path checkout = checkout();
        // Root may write anywhere, so a file where tm-cli/ should be stands for a read-only checkout.
        Files.writeString(checkout.resolve("tm-cli"), "not a folder");

        Run run = launch(checkout);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("tmj: cannot build " + checkout.resolve("tm-cli/target/tmj.jar"),
                "is not writable", "mvn -B -q -DskipTests package -pl tm-cli -am", "java -jar tmj.jar");
        assertThat(run.mavenRan()).as("no build tried").isFalse();
    }

    @Test
    @Timeout(120)
    void should_exit_3_and_say_what_to_do_when_the_build_fails() throws Exception {
        Path checkout = checkout();

        Run run = launch(checkout);

        assertThat(run.mavenRan()).isTrue();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("tmj: could not build " + checkout.resolve("tm-cli/target/tmj.jar"),
                "java -jar tmj.jar");
    }

    private Path checkout() throws IOException {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(LAUNCHER, checkout.resolve("tmj"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        return checkout;
    }

    private Run launch(Path checkout) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path marker = dir.resolve("maven-ran");
        Path maven = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho ran > '" + marker + "'\n"
                + "echo '[ERROR] stand-in build failure' >&2\nexit 1\n");
        Files.setPosixFilePermissions(maven, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path errFile = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("tmj").toString(), "model.py")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(errFile.toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        assertThat(process.waitFor(100, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(errFile, StandardCharsets.UTF_8), Files.exists(marker));
    }
}
