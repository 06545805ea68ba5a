package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
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
 * The composite GitHub Action at the repository's top ({@code action.yml}), read as GitHub reads it: what its steps
 * refer to exists (inputs, step outputs, tmj's options, the module it builds), the SARIF upload is codeql-action v4
 * and runs when the gate failed, and its shell step passes the inputs to {@code tmj check} and reports the verdict.
 */
class GitHubActionTest {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}");
    private static final Pattern INPUT = Pattern.compile("\\binputs\\.([A-Za-z0-9_-]+)");
    private static final Pattern STEP_OUTPUT = Pattern.compile("\\bsteps\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)");

    private final Map<String, Object> action = CiFiles.yaml("action.yml");

    @Test
    void should_be_a_composite_action_whose_run_steps_name_their_shell() {
        assertThat(map(action.get("runs")).get("using")).isEqualTo("composite");
        for (Map<String, Object> step : steps()) {
            if (step.containsKey("run")) {
                assertThat(step).as("step " + step.get("name")).containsEntry("shell", "bash");
            }
        }
    }

    @Test
    void should_declare_every_input_its_steps_and_outputs_refer_to_and_use_every_input_it_declares() throws IOException {
        String text = Files.readString(CiFiles.repository().resolve("action.yml"));
        List<String> expressions = new ArrayList<>();
        Matcher inText = EXPRESSION.matcher(text);
        while (inText.find()) {
            expressions.add(inText.group(1));
        }
        // A step's if: is an expression without ${{ }}.
        steps().stream().filter(s -> s.get("if") != null).forEach(s -> expressions.add((String) s.get("if")));
        Set<String> referenced = new LinkedHashSet<>();
        for (String expression : expressions) {
            Matcher input = INPUT.matcher(expression);
            while (input.find()) {
                referenced.add(input.group(1));
            }
        }
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(map(action.get("inputs")).keySet());
    }

    @Test
    void should_refer_only_to_outputs_of_steps_that_exist_before_it() {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> step : steps()) {
            for (String reference : stepOutputsIn(step.toString())) {
                assertThat(ids).as("step " + step.get("name") + " refers to " + reference).contains(reference);
            }
            if (step.get("id") != null) {
                ids.add((String) step.get("id"));
            }
        }
        for (Object output : map(action.get("outputs")).values()) {
            assertThat(ids).containsAll(stepOutputsIn(map(output).get("value").toString()));
        }
    }

    @Test
    void should_never_splice_an_expression_into_a_script() {
        // A model path like "$(curl ...)" in an input must reach tmj as text: inputs go through env variables.
        for (Map<String, Object> step : steps()) {
            if (step.containsKey("run")) {
                assertThat((String) step.get("run")).as("step " + step.get("name")).doesNotContain("${{");
            }
        }
    }

    @Test
    void should_pass_tmj_check_only_options_it_has() {
        Set<String> used = CiFiles.optionsIn((String) checkStep().get("run"));

        assertThat(used).contains("--sarif", "--summary", "--fail-on", "--baseline", "--config", "--junit");
        assertThat(CiFiles.checkOptions()).containsAll(used);
    }

    @Test
    void should_build_tmj_from_a_module_of_this_repository_into_the_jar_it_runs() throws IOException {
        Map<String, Object> build = steps().stream().filter(s -> String.valueOf(s.get("run")).contains("mvn "))
                .findFirst().orElseThrow();
        String script = (String) build.get("run");
        assertThat(build.get("working-directory")).isEqualTo("${{ github.action_path }}");
        String module = CiFiles.argumentOf(script, "-pl");
        Path pom = CiFiles.repository().resolve(module).resolve("pom.xml");
        assertThat(pom).isRegularFile();
        Matcher jar = Pattern.compile("\\$PWD/" + Pattern.quote(module) + "/target/([\\w-]+)\\.jar").matcher(script);
        assertThat(jar.find()).as("the jar built").isTrue();
        assertThat(Files.readString(pom)).contains("<finalName>" + jar.group(1) + "</finalName>");
    }

    @Test
    void should_set_up_java_and_upload_the_sarif_with_codeql_action_v4_even_when_the_gate_failed() {
        assertThat(steps()).anySatisfy(s -> assertThat(s.get("uses")).isEqualTo("actions/setup-java@v4"));
        Map<String, Object> upload = steps().stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@"))
                .findFirst().orElseThrow();
        assertThat(upload.get("uses")).isEqualTo("github/codeql-action/upload-sarif@v4");
        assertThat((String) upload.get("if")).startsWith("always()");
        assertThat(map(upload.get("with"))).containsOnlyKeys("sarif_file", "category")
                .containsEntry("category", "${{ inputs.category }}");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_run_tmj_check_with_the_inputs_and_report_the_gates_verdict(@TempDir Path dir) throws Exception {
        Path java = fakeJava(dir, 1);
        Path outputs = Files.createFile(dir.resolve("github-output"));
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "INPUT_MODELS", "models/tm.py\n  shop.yaml", "INPUT_FAIL_ON", "very-high",
                "INPUT_FAIL_ON_NEW", "true", "INPUT_BASELINE", "findings.json", "INPUT_CONFIG", "",
                "INPUT_SARIF_FILE", "tmj.sarif", "INPUT_JUNIT_FILE", "", "TMJ_JAR", "/opt/tmj.jar",
                "GITHUB_OUTPUT", outputs.toString(), "GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString()));
        env.put("PATH", java.getParent() + ":/usr/bin:/bin");
        Files.writeString(dir.resolve("tmj.sarif"), "{}"); // as tmj writes it before it exits 1

        int code = bash((String) checkStep().get("run"), env, dir);

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("java-args"))).containsExactly("-jar", "/opt/tmj.jar", "check",
                "models/tm.py", "shop.yaml", "--fail-on", "very-high", "--fail-on-new", "--baseline",
                "findings.json", "--sarif", "tmj.sarif", "--summary", dir.resolve("summary.md").toString());
        assertThat(Files.readAllLines(outputs)).containsExactly("exit-code=1", "verdict=failed",
                "sarif-file=tmj.sarif");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_leave_out_the_options_whose_inputs_are_empty_and_say_error_for_bad_input(@TempDir Path dir)
            throws Exception {
        Path java = fakeJava(dir, 2);
        Path outputs = Files.createFile(dir.resolve("github-output"));
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "INPUT_MODELS", "", "INPUT_FAIL_ON", "", "INPUT_FAIL_ON_NEW", "false", "INPUT_BASELINE", "",
                "INPUT_CONFIG", "ci/tmj.yaml", "INPUT_SARIF_FILE", "out/tmj.sarif", "INPUT_JUNIT_FILE", "junit.xml",
                "TMJ_JAR", "tmj.jar", "GITHUB_OUTPUT", outputs.toString(), "GITHUB_STEP_SUMMARY", "summary.md"));
        env.put("PATH", java.getParent() + ":/usr/bin:/bin");

        int code = bash((String) checkStep().get("run"), env, dir);

        assertThat(code).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("java-args"))).containsExactly("-jar", "tmj.jar", "check",
                "--config", "ci/tmj.yaml", "--junit", "junit.xml", "--sarif", "out/tmj.sarif", "--summary",
                "summary.md");
        assertThat(Files.readAllLines(outputs)).containsExactly("exit-code=2", "verdict=error");
    }

    /** A {@code java} on the PATH that records its arguments, one a line, and exits with this code. */
    private static Path fakeJava(Path dir, int exitCode) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\" > \"" + dir.resolve("java-args") + "\"\nexit "
                + exitCode + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return java;
    }

    /** Runs a step's script as GitHub runs a {@code shell: bash} step: {@code bash -eo pipefail}. */
    private static int bash(String script, Map<String, String> env, Path dir) throws Exception {
        Path file = dir.resolve("step.sh");
        Files.writeString(file, script);
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "--noprofile", "--norc", "-eo", "pipefail",
                file.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("step.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start().waitFor();
    }

    private Map<String, Object> checkStep() {
        return steps().stream().filter(s -> "check".equals(s.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> steps() {
        return (List<Map<String, Object>>) map(action.get("runs")).get("steps");
    }

    private static Set<String> stepOutputsIn(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = STEP_OUTPUT.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
