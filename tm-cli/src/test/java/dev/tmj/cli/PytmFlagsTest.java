package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PytmFlagsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} with the {1} library")
    @CsvSource({"webapp, built-in", "pipeline, built-in", "webapp, pytm", "pipeline, pytm"})
    void should_write_json_with_exactly_pytms_findings(String model, String library) throws IOException {
        Path out = dir.resolve("out.json");
        List<String> args = new ArrayList<>(List.of(SharedData.model(model + ".py").toString(), "--json",
                out.toString()));
        if (library.equals("pytm")) {
            args.addAll(List.of("--threats", SharedData.threatsJson().toString()));
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(findingLines(out)).containsExactlyElementsOf(
                Files.readAllLines(SharedData.model(model + ".expected.tsv")).stream().sorted().toList());
    }

    @Test
    void should_write_pytms_top_level_keys_and_finding_fields_plus_fingerprint_and_stride() throws IOException {
        Path out = dir.resolve("webapp.json");

        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--json", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode ours = new ObjectMapper().readTree(out.toFile());
        JsonNode pytms = new ObjectMapper().readTree(SharedData.model("webapp.pytm.json").toFile());
        assertThat(names(ours.fieldNames())).containsExactlyInAnyOrderElementsOf(names(pytms.fieldNames()));
        assertThat(ours.get("findings")).allSatisfy(f -> assertThat(names(f.fieldNames())).contains("id",
                "threat_id", "target", "description", "severity", "likelihood", "mitigations", "references",
                "response", "cvss", "fingerprint", "stride"));
        assertThat(ours.get("findings").get(0).get("stride").asText()).isNotBlank();
    }

    @Test
    void should_list_the_threats_of_the_active_library_as_pytm_does() {
        CliRun builtIn = CliRun.of("--list");
        CliRun pytm = CliRun.of("--list", "--threats", SharedData.threatsJson().toString());

        assertThat(builtIn.exitCode()).isZero();
        assertThat(builtIn.out().lines()).hasSize(113).allMatch(l -> l.matches("[A-Z]+[0-9]+ - .+"));
        assertThat(pytm.out().lines()).hasSize(113).contains("INP01 - Buffer Overflow via Environment Variables");
        assertThat(builtIn.out().lines().map(l -> l.split(" ")[0]).toList())
                .isEqualTo(pytm.out().lines().map(l -> l.split(" ")[0]).toList());
    }

    @Test
    void should_list_element_classes_and_value_classes() {
        CliRun run = CliRun.of("--list-elements");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Elements:\nActor ");
        assertThat(run.out().lines().filter(l -> l.contains(" -- ")).map(l -> l.split(" ")[0]).toList())
                .containsExactly("Actor", "Agent", "Asset", "Boundary", "Dataflow", "Datastore", "ExternalEntity",
                        "LLM", "Lambda", "Process", "Server", "SetOfProcesses", "Action", "Classification", "Data",
                        "Lifetime", "TLSVersion");
        assertThat(run.out()).contains("\nAttributes:\n");
    }

    @Test
    void should_describe_a_class_with_sorted_attributes_and_defaults() {
        CliRun run = CliRun.of("--describe", "Server TLSVersion");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Server class attributes:");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  OS +Operating system the asset runs on"))
                .anySatisfy(l -> assertThat(l).matches(" {28}default: False"))
                .contains("TLSVersion class attributes:", "  TLSv13");
        assertThat(run.out()).contains("  minTLSVersion ").contains("default: <TLSVersion.NONE: 0>")
                .contains("  name ").contains("required");
    }

    @Test
    void should_reject_an_unknown_class_to_describe_with_a_suggestion() {
        CliRun run = CliRun.of("--describe", "Sever");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("tmj: --describe: no such class to describe: Sever; did you mean Server?");
    }

    @Test
    void should_exclude_sids_given_with_spaces_and_record_them() throws IOException {
        Path out = dir.resolve("x.json");

        CliRun run = CliRun.of(SharedData.model("webapp.py").toString(), "--exclude", "INP03, AA01 ,CR08", "--json",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(names(json.get("threatsExcluded").elements())).containsExactly("AA01", "CR08", "INP03");
        assertThat(findingLines(out)).noneMatch(l -> l.startsWith("INP03\t") || l.startsWith("AA01\t")
                || l.startsWith("CR08\t"));
    }

    static List<String> findingLines(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> lines = new ArrayList<>();
        root.get("findings").forEach(f -> lines.add(f.get("threat_id").asText() + "\t" + f.get("target").asText()
                + "\tfinding"));
        root.get("excluded_findings").forEach(f -> lines.add(f.get("threat_id").asText() + "\t"
                + f.get("target").asText() + "\texcluded"));
        return lines.stream().sorted().toList();
    }

    private static List<String> names(Iterator<?> items) {
        List<String> names = new ArrayList<>();
        items.forEachRemaining(i -> names.add(i instanceof JsonNode n ? n.asText() : String.valueOf(i)));
        return names;
    }
}
