package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitLab CI template ({@code ci/gitlab/tmj.gitlab-ci.yml}), read as GitLab reads it: a hidden job to extend whose
 * reports are the files tmj writes (Code Quality, JUnit) and whose summary is kept, uploaded even when the gate
 * failed; its script uses only options {@code tmj check} has and variables the job declares, and runs as described.
 */
class GitLabTemplateTest {
    private static final String TEMPLATE = "ci/gitlab/tmj.gitlab-ci.yml";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(TMJ_[A-Z_]+)");

    private final Map<String, Object> template = CiFiles.yaml(TEMPLATE);

    @Test
    void should_offer_only_a_hidden_job_to_extend() {
        assertThat(template).containsOnlyKeys(".tmj-check");
    }

    @Test
    void should_report_the_code_quality_and_junit_files_tmj_writes_and_keep_the_summary_even_when_the_gate_failed() {
        Map<String, Object> artifacts = map(job().get("artifacts"));
        String script = script();

        assertThat(artifacts.get("when")).isEqualTo("always");
        assertThat(map(artifacts.get("reports"))).containsOnlyKeys("codequality", "junit")
                .containsEntry("codequality", CiFiles.argumentOf(script, "--gitlab-codequality"))
                .containsEntry("junit", CiFiles.argumentOf(script, "--junit"));
        assertThat(artifacts.get("paths")).asList().contains(CiFiles.argumentOf(script, "--summary"));
    }

    @Test
    void should_pass_tmj_check_only_options_it_has() {
        String script = script();
        Set<String> used = CiFiles.optionsIn(script.substring(script.indexOf("set -- check")));

        assertThat(used).contains("--gitlab-codequality", "--junit", "--summary", "--fail-on", "--baseline",
                "--config");
        assertThat(CiFiles.checkOptions()).containsAll(used);
    }

    @Test
    void should_declare_every_variable_its_script_uses() {
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(script());
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(map(job().get("variables")).keySet()).containsAll(used).hasSameSizeAs(used);
    }

    @Test
    void should_build_tmj_from_a_module_of_this_repository_into_the_jar_it_runs() throws IOException {
        String script = script();
        String module = CiFiles.argumentOf(script, "-pl");
        Path pom = CiFiles.repository().resolve(module).resolve("pom.xml");
        assertThat(pom).isRegularFile();
        Matcher jar = Pattern.compile("/" + Pattern.quote(module) + "/target/([\\w-]+)\\.jar").matcher(script);
        assertThat(jar.find()).as("the jar built").isTrue();
        assertThat(Files.readString(pom)).contains("<finalName>" + jar.group(1) + "</finalName>");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_run_tmj_check_with_the_variables_and_fail_the_job_with_the_gate(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + dir.resolve("java-args") + "\"\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Path file = dir.resolve("script.sh");
        Files.writeString(file, script());
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", file.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("job.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", bin + ":/usr/bin:/bin", "TMJ_MODELS", "tm.py shop.yaml",
                "TMJ_FAIL_ON", "medium", "TMJ_BASELINE", "", "TMJ_CONFIG", "", "TMJ_JAR", "tools/tmj.jar",
                "TMJ_SOURCE", "", "TMJ_REF", "main"));

        int code = builder.start().waitFor();

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("java-args"))).containsExactly("-jar", "tools/tmj.jar", "check",
                "tm.py", "shop.yaml", "--fail-on", "medium", "--gitlab-codequality", "gl-code-quality-report.json",
                "--junit", "tmj-junit.xml", "--summary", "tmj-summary.md");
    }

    private Map<String, Object> job() {
        return map(template.get(".tmj-check"));
    }

    private String script() {
        List<?> lines = (List<?>) job().get("script");
        return String.join("\n", lines.stream().map(String::valueOf).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
