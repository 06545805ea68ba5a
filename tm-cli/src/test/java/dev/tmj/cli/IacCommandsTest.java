package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.check.CheckRenderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Infrastructure code wherever a model is taken: tmj MODEL, tmj check, tmj import, overlays, locations. */
class IacCommandsTest {
    private static final String SHOP = "src/test/resources/iac/shop";
    private static final String OVERLAYS = "src/test/resources/iac/overlay";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A model as tmj import writes one: an element located in Terraform, with a fact located at its cause. */
    private static final String IMPORTED = """
            tmj: 1
            name: Web
            elements:
              - type: Server
                name: aws_instance.web
                location: {file: infra/main.tf, line: 3}
                extra:
                  iacType: aws_instance
                  iacAdminPort:
                    value: "aws_security_group.web: ingress from 0.0.0.0/0 to port 22"
                    location: {file: infra/sg.tf, line: 12, column: 3}
            """;

    @TempDir
    Path dir;

    @Test
    void should_check_a_folder_of_terraform_and_manifests_as_one_model_printing_reader_notes() {
        CliRun run = CliRun.of("check", "--fail-on", "none", SHOP);

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).contains(
                "tmj: warning: " + SHOP + "/chart: unrendered Helm template: run helm template first")
                .anySatisfy(line -> assertThat(line).startsWith("tmj: warning: " + SHOP + "/terraform/main.tf:14: "
                        + "module.remote comes from"));
        String[] lines = run.errLines();
        assertThat(lines[lines.length - 1]).startsWith("tmj: gate passed").contains("(1 model,");
    }

    @Test
    void should_refuse_reader_notes_with_strict_exit_2() {
        CliRun run = CliRun.of("check", "--strict", SHOP);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(SHOP + "/terraform/main.tf:14:").contains("(refused by --strict)");
    }

    @Test
    void should_exit_2_with_file_line_and_column_for_a_syntax_error() throws IOException {
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \n}\n");

        CliRun run = CliRun.of(dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "tmj: " + dir.resolve("main.tf") + ":2:12: expected an expression, found end of line");
    }

    @Test
    void should_combine_several_inputs_of_tmj_model_into_one_model() {
        CliRun run = CliRun.of(SHOP + "/terraform", SHOP + "/k8s/app.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("terraform + app.yaml: ").contains("aws_s3_bucket.assets",
                "Deployment/shop/api");
    }

    @Test
    void should_use_the_pytm_and_iac_libraries_for_a_model_read_from_code() {
        CliRun run = CliRun.of(SHOP + "/k8s");

        assertThat(run.out()).contains("(threat library: tmj built-in + tmj IaC)");
    }

    @Test
    void should_import_a_model_that_gives_the_same_findings_as_the_code_and_overlay() throws IOException {
        Path model = dir.resolve("model.yaml");

        CliRun imported = CliRun.of("import", SHOP, "--overlay", OVERLAYS + "/overlay.yaml", "--out",
                model.toString());
        CliRun fromCode = CliRun.of(SHOP, "--overlay", OVERLAYS + "/overlay.yaml", "--json", "-");
        CliRun fromFile = CliRun.of(model.toString(), "--json", "-");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.errLines()).contains("tmj: wrote " + model);
        assertThat(Files.readString(model)).startsWith("tmj: 1\nname: Shop\n")
                .contains("    location:\n      file: " + SHOP + "/terraform/modules/db/main.tf\n      line: 3\n");
        assertThat(fingerprints(fromFile.out())).isNotEmpty().isEqualTo(fingerprints(fromCode.out()));
    }

    @Test
    void should_list_the_types_tmj_does_not_model_one_per_line() {
        CliRun run = CliRun.of("import", "src/test/resources/iac/unknown", "--unknown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).contains("PodTemplate", "aws_appmesh_mesh").isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void should_ask_import_for_an_output() {
        CliRun run = CliRun.of("import", SHOP);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "tmj: tmj import: give --out FILE (the model), --unknown (what tmj does not model) or "
                        + "--report-unmapped (what the readers could not map)");
    }

    @Test
    void should_exit_2_naming_each_overlay_entry_whose_element_no_longer_exists() {
        CliRun run = CliRun.of("check", SHOP, "--overlay", OVERLAYS + "/stale.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tmj: " + OVERLAYS + "/stale.yaml:7:5: overlay entry "
                + "'module.db.aws_db_instance.old' names no element of the model; did you mean "
                + "'module.db.aws_db_instance.main'?")
                .contains(OVERLAYS + "/stale.yaml:10:5: overlay entry 'Deployment/shop/gone'");
    }

    @Test
    void should_apply_the_overlay_named_in_tmj_yaml() throws IOException {
        Path top = Path.of("").toAbsolutePath();
        Path config = dir.resolve("tmj.yaml");
        Files.writeString(config, "overlay: " + top.resolve(OVERLAYS + "/stale.yaml") + "\n");

        CliRun run = CliRun.of("check", "--config", config.toString(), SHOP);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("overlay entry 'module.db.aws_db_instance.old' names no element");
    }

    @Test
    void should_refuse_an_overlay_with_several_models() {
        CliRun run = CliRun.of("check", SHOP + "/k8s", SHOP + "/terraform", "--overlay", OVERLAYS + "/overlay.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("an overlay refers to one model's elements by name: give one model with it");
    }

    @Test
    void should_put_a_location_object_on_every_finding_of_a_hand_written_model() throws IOException {
        Path model = Files.writeString(dir.resolve("tm.yaml"),
                "tmj: 1\nname: Shop\nelements:\n  - type: Server\n    name: Web\n");

        JsonNode findings = JSON.readTree(CliRun.of(model.toString(), "--json", "-").out()).get("findings");

        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("location").get("file").asText()).isEqualTo(model.toString());
            assertThat(f.get("location").get("line").asInt()).isEqualTo(4);
        });
    }

    @Test
    void should_point_an_iac_finding_at_the_block_that_causes_it_in_every_output() throws IOException {
        CheckProject project = new CheckProject(dir).outputs(CheckRenderers.available());
        project.write("infra/main.tf", "\n\nresource \"aws_instance\" \"web\" {}\n");
        project.write("infra/sg.tf", "\n".repeat(11) + "  ingress {}\n");
        Path model = project.write("model.yaml", IMPORTED);
        Path sarif = dir.resolve("out.sarif");
        Path json = dir.resolve("findings.json");

        CliRun summary = CliRun.of(model.toString());
        CliRun check = project.checkIn(dir, "--fail-on", "none", "--sarif", sarif.toString(), "--json",
                json.toString(), model.toString());

        assertThat(summary.out()).containsPattern("IAC06 .* aws_instance.web .*\\(infra/sg.tf:12:3\\)");
        assertThat(check.exitCode()).isZero();
        JsonNode iac06 = finding(JSON.readTree(json.toFile()), "IAC06");
        assertThat(iac06.get("location").toString()).isEqualTo("{\"file\":\"infra/sg.tf\",\"line\":12}");
        assertThat(iac06.get("details").asText()).endsWith("aws_security_group.web: ingress from 0.0.0.0/0 to port 22");
        JsonNode result = finding(JSON.readTree(sarif.toFile()).get("runs").get(0).get("results"), "IAC06");
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("infra/sg.tf");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(12);
    }

    private static JsonNode finding(JsonNode root, String sid) {
        JsonNode list = root.isArray() ? root : root.get("findings");
        for (JsonNode f : list) {
            String id = f.has("threat_id") ? f.get("threat_id").asText() : f.get("ruleId").asText();
            if (id.equals(sid)) {
                return f;
            }
        }
        throw new AssertionError("no " + sid + " in " + root);
    }

    private static List<String> fingerprints(String json) throws IOException {
        List<String> all = new ArrayList<>();
        JSON.readTree(json).get("findings").forEach(f -> all.add(f.get("threat_id").asText() + " "
                + f.get("target").asText() + " " + f.get("fingerprint").asText()));
        all.sort(null);
        return all;
    }
}
