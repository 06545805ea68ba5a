package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of README.md, examples/iac/shop (Terraform, Kubernetes manifests and an overlay), checked as a
 * team's repository would be: every IaC finding carries the file and line that cause it, in every output.
 */
class IacExampleTest {
    private static final Path EXAMPLE = Path.of("../examples/iac/shop");

    @TempDir
    Path dir;
    private CheckProject project;

    @BeforeEach
    void copyTheExample() throws IOException {
        project = new CheckProject(dir);
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(EXAMPLE.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private CliRun check(String... more) {
        String[] args = Stream.concat(Stream.of(".", "--overlay", "tm-overlay.yaml", "--threats", "builtin:iac",
                "--fail-on", "medium"), Stream.of(more)).toArray(String[]::new);
        return project.checkIn(dir, args);
    }

    @Test
    void should_fail_the_gate_on_the_examples_iac_findings_each_at_the_line_that_causes_it() {
        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).contains(
                "tmj: IAC04 high \"aws_db_instance.orders\" open terraform/main.tf:12",
                "tmj: IAC05 very-high \"aws_s3_bucket.reports\" open terraform/data.tf:37",
                "tmj: IAC07 medium \"aws_s3_bucket.reports\" open terraform/data.tf:33",
                "tmj: IAC10 medium \"AWS account\" open terraform/main.tf:4",
                "tmj: IAC08 very-high \"DaemonSet/monitoring/node-agent\" open k8s/monitoring.yaml:26",
                "tmj: IAC09 medium \"DaemonSet/monitoring/node-agent\" open k8s/monitoring.yaml:7");
        // the overlay accepts the bastion's open SSH port; the encrypted database, the bucket behind its public
        // access block and the HTTP listener that only redirects have no finding
        assertThat(run.err()).doesNotContain("IAC06", "IAC07 medium \"aws_db_instance", "aws_s3_bucket.uploads\" open"
                + " terraform/data.tf:12\nIAC05", "IAC02");
    }

    @Test
    void should_carry_file_and_line_of_an_iac_finding_into_json_sarif_junit_code_quality_and_the_summary()
            throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Path out = dir.resolve("out");
        CliRun run = check("--json", out.resolve("findings.json").toString(), "--sarif", out.resolve("tmj.sarif")
                .toString(), "--junit", out.resolve("junit.xml").toString(), "--gitlab-codequality",
                out.resolve("cq.json").toString(), "--summary", out.resolve("summary.md").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String json = Files.readString(dir.resolve("out/findings.json"));
        assertThat(json).containsPattern("\"location\": \\{\"file\": \"[^\"]*terraform/data.tf\", \"line\": 37\\}");
        assertThat(Files.readString(dir.resolve("out/tmj.sarif")))
                .containsPattern("\"uri\": \"terraform/data.tf\"\\s*},\\s*\"region\": \\{\\s*\"startLine\": 37");
        assertThat(Files.readString(dir.resolve("out/junit.xml"))).contains("terraform/data.tf:37");
        assertThat(Files.readString(dir.resolve("out/cq.json"))).containsPattern("\"path\": \"terraform/data.tf\",\\s*\"lines\": \\{\\s*\"begin\": 37");
        assertThat(Files.readString(dir.resolve("out/summary.md"))).contains("terraform/data.tf");
    }
}
