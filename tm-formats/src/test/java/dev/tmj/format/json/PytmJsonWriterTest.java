package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.gate.TicketLink;
import dev.tmj.model.Assumption;
import dev.tmj.model.Classification;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** tmj's pytm --json output against real pytm output for the models of ../shared/pytm/models. */
class PytmJsonWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PytmJsonWriter JSON = new PytmJsonWriter();
    private static final List<String> TOP_LEVEL = List.of("actors", "assets", "boundaries", "data", "elements",
            "flows", "threatsExcluded", "assumptions", "colormap", "description", "excluded_findings", "findings",
            "ignoreUnused", "isOrdered", "mergeResponses", "name", "onDuplicates", "threatsFile");
    private static final List<String> FINDING_KEYS = List.of("assumption", "condition", "cvss", "description",
            "details", "evidence", "example", "expires", "fingerprint", "id", "justification", "likelihood",
            "location", "mitigations", "owner", "references", "response", "severity", "status", "stride", "target",
            "threat_id");
    /** A JSON string as the writer quotes it. */
    private static final String STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";
    private static final List<String> SECTIONS = List.of("actors", "assets", "boundaries", "data", "elements",
            "flows");

    @Test
    void should_write_pytms_top_level_keys_in_pytms_order() throws IOException {
        JsonNode out = MAPPER.readTree(JSON.renderText(webapp()));
        assertThat(fieldNames(out)).containsExactlyElementsOf(TOP_LEVEL);
        assertThat(fieldNames(out)).containsExactlyElementsOf(fieldNames(pytm("webapp.pytm.json")));
    }

    @Test
    void should_write_the_same_bytes_as_pytm_for_the_pipeline_model_but_for_tmjs_finding_keys()
            throws IOException {
        ThreatModel tm = PytmModels.pipeline();
        tm.model().set("threatsFile", "pytm/threatlib/threats.json");
        String out = JSON.renderText(tm.resolve(library()));

        String withoutTmjKeys = out.replaceAll(", \"fingerprint\": \"[0-9a-f]{16}\"", "")
                .replace(", \"stride\": \"\"", "")
                .replace(", \"evidence\": []", "")
                .replaceAll(", \"location\": (?:null|\\{\"file\": " + STRING + ", \"line\": [0-9]+\\})", "")
                .replaceAll(", \"expires\": \"(?:[0-9]{4}-[0-9]{2}-[0-9]{2})?\"", "")
                .replaceAll(", \"(?:justification|owner)\": " + STRING, "")
                .replaceAll(", \"status\": \"(?:open|mitigated|accepted|transferred|avoided|false positive)\"", "");
        assertThat(withoutTmjKeys).isEqualTo(Files.readString(SharedData.model("pipeline.pytm.json")));
    }

    @Test
    void should_name_the_same_elements_flows_boundaries_and_data_as_pytm() throws IOException {
        for (String model : List.of("webapp", "pipeline")) {
            JsonNode out = MAPPER.readTree(JSON.renderText(resolve(model)));
            JsonNode pytm = pytm(model + ".pytm.json");
            for (String section : SECTIONS) {
                assertThat(names(out.get(section))).as(model + " " + section)
                        .containsExactlyElementsOf(names(pytm.get(section)));
            }
        }
    }

    @Test
    void should_give_every_finding_pytms_keys_plus_tmjs_keys() throws IOException {
        for (String model : List.of("webapp", "pipeline")) {
            JsonNode out = MAPPER.readTree(JSON.renderText(resolve(model)));
            for (String list : List.of("findings", "excluded_findings")) {
                for (JsonNode finding : out.get(list)) {
                    assertThat(fieldNames(finding)).as(model + " " + list).containsExactlyElementsOf(FINDING_KEYS);
                    assertThat(finding.get("fingerprint").asText()).matches("[0-9a-f]{16}");
                    assertThat(fieldNames(finding.get("location"))).as("the line that declares the element")
                            .containsExactly("file", "line");
                    assertThat(finding.get("location").get("line").asInt()).isPositive();
                }
            }
        }
    }

    @Test
    void should_find_the_same_threats_on_the_same_targets_as_pytm() throws IOException {
        for (String model : List.of("webapp", "pipeline")) {
            JsonNode out = MAPPER.readTree(JSON.renderText(resolve(model)));
            JsonNode pytm = pytm(model + ".pytm.json");
            for (String list : List.of("findings", "excluded_findings")) {
                assertThat(sidsAndTargets(out.get(list))).as(model + " " + list)
                        .containsExactlyInAnyOrderElementsOf(sidsAndTargets(pytm.get(list)));
            }
        }
    }

    /**
     * Every element, flow, boundary and data dict has pytm's keys and pytm's values, except where tmj differs
     * on purpose: overrides are listed by SID (pytm: the override's blank id), and an overridden finding keeps
     * its id (pytm blanked it, so the element listed "").
     */
    @Test
    void should_write_pytms_attributes_and_values_for_every_object() throws IOException {
        for (String model : List.of("webapp", "pipeline")) {
            JsonNode out = MAPPER.readTree(JSON.renderText(resolve(model)));
            JsonNode pytm = pytm(model + ".pytm.json");
            for (String section : SECTIONS) {
                Map<String, JsonNode> expected = byName(pytm.get(section));
                for (JsonNode object : out.get(section)) {
                    String name = object.get("name").asText();
                    JsonNode theirs = expected.get(name);
                    String where = model + " " + section + " " + name;
                    assertThat(fieldNames(object)).as(where).containsExactlyElementsOf(fieldNames(theirs));
                    for (String key : fieldNames(object)) {
                        JsonNode mine = object.get(key);
                        JsonNode their = theirs.get(key);
                        if (key.equals("overrides")) {
                            assertThat(mine.size()).as(where + " overrides").isEqualTo(their.size());
                            their.forEach(id -> assertThat(id.asText()).isEmpty());
                        } else if (key.equals("findings")) {
                            assertThat(mine.size()).as(where + " findings").isEqualTo(their.size());
                            for (int i = 0; i < mine.size(); i++) {
                                if (!their.get(i).asText().isEmpty()) {
                                    assertThat(mine.get(i)).as(where + " findings").isEqualTo(their.get(i));
                                }
                            }
                        } else {
                            assertThat(mine).as(where + " " + key).isEqualTo(their);
                        }
                    }
                }
            }
            for (String key : List.of("assumptions", "colormap", "description", "ignoreUnused", "isOrdered",
                    "mergeResponses", "name", "onDuplicates", "threatsExcluded")) {
                assertThat(out.get(key)).as(model + " " + key).isEqualTo(pytm.get(key));
            }
        }
    }

    /**
     * Findings have pytm's texts and ids. pytm blanked every field an override did not set (webapp's INP02 on
     * the web server has id "" and no description); tmj keeps them. An excluded finding's assumption lists its
     * SIDs where pytm wrote a Python set repr.
     */
    @Test
    void should_write_pytms_finding_texts_except_where_pytm_blanked_them() throws IOException {
        for (String model : List.of("webapp", "pipeline")) {
            JsonNode out = MAPPER.readTree(JSON.renderText(resolve(model)));
            JsonNode pytm = pytm(model + ".pytm.json");
            for (String list : List.of("findings", "excluded_findings")) {
                Map<String, JsonNode> mine = byKey(out.get(list), f -> f.get("threat_id").asText() + "\t"
                        + f.get("target").asText());
                for (JsonNode theirs : pytm.get(list)) {
                    JsonNode finding = mine.get(theirs.get("threat_id").asText() + "\t"
                            + theirs.get("target").asText());
                    String where = model + " " + list + " " + theirs.get("threat_id").asText() + " on "
                            + theirs.get("target").asText();
                    boolean blanked = theirs.get("id").asText().isEmpty();
                    for (String key : fieldNames(theirs)) {
                        if (key.equals("assumption") && !theirs.get(key).isNull()) {
                            JsonNode assumption = finding.get(key);
                            assertThat(assumption.get("name")).isEqualTo(theirs.get(key).get("name"));
                            assertThat(assumption.get("description")).isEqualTo(theirs.get(key).get("description"));
                            assertThat(assumption.get("exclude").toString().replace("\"", "'")
                                    .replace("[", "{").replace("]", "}"))
                                    .isEqualTo(theirs.get(key).get("exclude").asText());
                        } else if (!blanked || Set.of("response", "cvss", "target", "threat_id").contains(key)) {
                            assertThat(finding.get(key)).as(where + " " + key).isEqualTo(theirs.get(key));
                        }
                    }
                    if (blanked) {
                        assertThat(finding.get("id").asText()).as(where).isNotEmpty();
                        assertThat(finding.get("description").asText()).as(where).isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void should_write_each_findings_status_owner_justification_expiry_and_evidence() throws IOException {
        ThreatModel tm = ThreatModel.named("m");
        tm.server("Web").overrides(
                FindingOverride.of("INP02").status(FindingStatus.ACCEPTED).owner("alice")
                        .justification("internal \"only\"\nfor now").expires(LocalDate.of(2027, 1, 31)),
                FindingOverride.of("INP03").status(FindingStatus.FALSE_POSITIVE).owner("bob"),
                FindingOverride.of("INP04").response("transferred to the vendor"));
        Findings findings = tm.pipeline().threats(ThreatLibrary.builtIn())
                .asOf(LocalDate.of(2026, 6, 1)).run().findings()
                .withEvidence(f -> switch (f.threatId()) {
                    case "INP03" -> List.of(new Evidence("WebTest.escapes", true, ""),
                            new Evidence("WebTest.caf\u00e9", false, "expected <a>"));
                    case "INP05" -> List.of(new Evidence("WebTest.bounds", true, null));
                    default -> List.of();
                });
        String json = JSON.renderText(findings);
        Map<String, JsonNode> bySid = byKey(MAPPER.readTree(json).get("findings"), f -> f.get("threat_id").asText());

        JsonNode accepted = bySid.get("INP02");
        assertThat(accepted.get("status").asText()).isEqualTo("accepted");
        assertThat(accepted.get("owner").asText()).isEqualTo("alice");
        assertThat(accepted.get("justification").asText()).isEqualTo("internal \"only\"\nfor now");
        assertThat(accepted.get("expires").asText()).isEqualTo("2027-01-31");
        assertThat(accepted.get("evidence").toString()).isEqualTo("[]");
        JsonNode failed = bySid.get("INP03");
        assertThat(failed.get("status").asText()).isEqualTo("open");
        assertThat(failed.get("owner").asText()).isEqualTo("bob");
        assertThat(failed.get("expires").asText()).isEmpty();
        assertThat(failed.get("evidence").toString()).isEqualTo("[{\"detail\":\"\",\"passed\":true,"
                + "\"test\":\"WebTest.escapes\"},{\"detail\":\"expected <a>\",\"passed\":false,"
                + "\"test\":\"WebTest.caf\u00e9\"}]");
        assertThat(bySid.get("INP04").get("status").asText()).isEqualTo("transferred");
        assertThat(bySid.get("INP05").get("status").asText()).isEqualTo("mitigated");
        assertThat(bySid.get("INP05").get("owner").asText()).isEmpty();
        assertThat(json).contains("\"evidence\": [{\"detail\": \"\", \"passed\": true, \"test\": \"WebTest.bounds\"}]",
                "\"test\": \"WebTest.caf\\u00e9\"");
        for (Finding f : findings.findings()) {
            assertThat(bySid.get(f.threatId()).get("status").asText()).as(f.threatId())
                    .isEqualTo(f.status().label());
        }
    }

    @Test
    void should_write_the_same_text_every_time() {
        String first = JSON.renderText(webapp());
        assertThat(JSON.renderText(webapp())).isEqualTo(first);
        assertThat(first).doesNotContain("\n").startsWith("{\"actors\": [{\"__class__\": \"Actor\", ")
                .endsWith("}");
    }

    @Test
    void should_escape_non_ascii_characters_as_python_does() {
        ThreatModel controlCharacters = ThreatModel.named("a\u007f\b\f\u001f");
        assertThat(JSON.renderText(controlCharacters.resolve(ThreatLibrary.builtIn())))
                .contains("\"name\": \"a\\u007f\\b\\f\\u001f\"");
        ThreatModel tm = ThreatModel.named("Caf\u00e9 \u2615 \ud83d\ude00\u0001\t\"/\\");
        tm.server("Web");
        String out = JSON.renderText(tm.resolve(ThreatLibrary.builtIn()));
        assertThat(out).contains("\"name\": \"Caf\\u00e9 \\u2615 \\ud83d\\ude00\\u0001\\t\\\"/\\\\\"");
    }

    @Test
    void should_write_a_name_escaped_the_same_wherever_it_appears_and_ids_and_fingerprints_as_findings_give_them()
            throws IOException {
        // names are escaped once per document and copied, ids and fingerprints written from numbers: each place
        // must still read back as the text (a character beyond Latin-1 keeps its high byte, quotes their escape)
        String flowName = "Fl\u00f6w \u0141\u00f3d\u017a \"q\" \\ \ud83d\ude00";
        ThreatModel tm = ThreatModel.named("m");
        var token = tm.data("T\u00f8ken \u2615");
        var web = tm.server("W\u0117b");
        tm.dataflow(tm.actor("\u0141user"), web, flowName).data(token);
        web.element().set("overrides", List.of(FindingOverride.of("INP03").set("id", "id \u2615")));
        Findings findings = tm.resolve(library());
        JsonNode out = MAPPER.readTree(JSON.renderText(findings));

        JsonNode flow = out.get("flows").get(0);
        assertThat(flow.get("name").asText()).isEqualTo(flowName);
        assertThat(flow.get("source").asText()).isEqualTo("\u0141user");
        assertThat(flow.get("sink").asText()).isEqualTo("W\u0117b");
        assertThat(flow.get("data").get(0).asText()).isEqualTo("T\u00f8ken \u2615");
        assertThat(out.get("actors").get(0).get("outputs").get(0).asText()).isEqualTo(flowName);
        assertThat(out.get("assets").get(0).get("inputs").get(0).asText()).isEqualTo(flowName);
        assertThat(out.get("data").get(0).get("carriedBy").get(0).asText()).isEqualTo(flowName);
        assertThat(out.get("data").get(0).get("name").asText()).isEqualTo("T\u00f8ken \u2615");
        JsonNode written = out.get("findings");
        assertThat(written).hasSize(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.findings().get(i);
            assertThat(written.get(i).get("id").asText()).isEqualTo(f.id());
            assertThat(written.get(i).get("fingerprint").asText()).isEqualTo(f.fingerprint());
            assertThat(written.get(i).get("target").asText()).isEqualTo(f.target());
        }
        assertThat(findings.findings()).extracting(Finding::id).contains("id \u2615");
        List<String> webIds = new ArrayList<>();
        out.get("assets").get(0).get("findings").forEach(id -> webIds.add(id.asText()));
        assertThat(webIds).startsWith("id \u2615").isEqualTo(findings.findings().stream()
                .filter(f -> f.element().name().equals("W\u0117b")).map(Finding::id).toList());
    }

    @Test
    void should_write_assumption_names_levels_enums_and_an_excluded_findings_assumption() throws IOException {
        ThreatModel tm = ThreatModel.named("m").assumptions(Assumption.named("Global").excluding("INP03"));
        tm.model().set("threatsFile", "my-threats.json");
        var web = tm.server("Web").maxClassification(Classification.SECRET);
        web.element().set("levels", Set.of(2, 0, 1));
        JsonNode out = MAPPER.readTree(JSON.renderText(tm.resolve(library())));

        assertThat(out.get("assumptions").toString()).isEqualTo("[\"Global\"]");
        assertThat(out.get("threatsFile").asText()).isEqualTo("my-threats.json");
        JsonNode server = out.get("assets").get(0);
        assertThat(server.get("__class__").asText()).isEqualTo("Server");
        assertThat(server.get("levels").toString()).isEqualTo("[0,1,2]");
        assertThat(server.get("maxClassification").asText()).isEqualTo("Classification.SECRET");
        assertThat(server.get("controls").size()).isEqualTo(43);
        JsonNode excluded = out.get("excluded_findings").get(0);
        assertThat(excluded.get("threat_id").asText()).isEqualTo("INP03");
        assertThat(excluded.get("assumption").toString())
                .isEqualTo("{\"name\":\"Global\",\"exclude\":[\"INP03\"],\"description\":\"\"}");
    }

    @Test
    void should_write_one_name_per_data_item_as_pytm_does_even_when_two_share_a_name() throws IOException {
        // pytm's DataSet keeps Data("token") twice when the two differ (here in classification), and its JSON
        // writes one name per item: ["token", "token"]. It writes them in hash order; tmj sorts them by name.
        ThreatModel tm = ThreatModel.named("m");
        var secret = tm.data("token").classification(Classification.SECRET);
        var open = tm.data("token").classification(Classification.PUBLIC);
        var cookie = tm.data("cookie");
        tm.dataflow(tm.actor("User"), tm.server("Web"), "Login").data(secret, open, cookie);
        JsonNode out = MAPPER.readTree(JSON.renderText(tm.resolve(library())));

        assertThat(out.get("flows").get(0).get("data").toString()).isEqualTo("[\"cookie\",\"token\",\"token\"]");
        assertThat(out.get("data")).hasSize(3);
    }

    @Test
    void should_list_the_threats_excluded_by_the_resolve_options() throws IOException {
        ThreatModel tm = ThreatModel.named("m");
        tm.server("Web");
        Findings findings = tm.pipeline().threats(ThreatLibrary.builtIn())
                .excluding(List.of("INP02", "AA01")).run().findings();
        JsonNode out = MAPPER.readTree(JSON.renderText(findings));
        assertThat(out.get("threatsExcluded").toString()).isEqualTo("[\"AA01\",\"INP02\"]");
        assertThat(out.get("threatsFile").asText()).isEqualTo(ThreatLibrary.builtIn().name());
    }

    @Test
    void should_stream_a_large_model_quickly() throws IOException {
        dev.tmj.model.Model model = SyntheticModel.withFlows(5_000);
        long start = System.nanoTime();
        Findings findings = dev.tmj.resolve.Resolver.resolve(model, ThreatLibrary.builtIn());
        long resolved = System.nanoTime();
        CountingStream out = new CountingStream();
        JSON.writeTo(findings, out);
        long written = System.nanoTime();
        System.out.printf("5000 flows: %d findings, resolve %d ms, pytm JSON %d MB in %d ms%n", findings.size(),
                (resolved - start) / 1_000_000, out.bytes / 1_000_000, (written - resolved) / 1_000_000);
        assertThat(findings.size()).isGreaterThan(20_000);
        assertThat(out.bytes).isGreaterThan(10_000_000L);
        assertThat((written - resolved) / 1_000_000).as("milliseconds to write").isLessThan(30_000);
    }

    @Test
    void should_write_the_same_bytes_on_helper_threads_as_on_one() throws IOException {
        dev.tmj.model.Model model = SyntheticModel.withFlows(700);
        Findings findings = dev.tmj.resolve.Resolver.resolve(model, ThreatLibrary.builtIn());
        assertThat(findings.size()).isGreaterThan(10 * PytmJsonDocumentWriter.CHUNK);
        assertThat(findings.checkedModel().dataflows()).hasSizeGreaterThan(PytmJsonDocumentWriter.CHUNK);

        byte[] alone = document(findings, 1);
        for (int threads : new int[] {2, 3}) {
            byte[] helped = document(findings, threads);
            assertThat(java.util.Arrays.mismatch(helped, alone)).as("first differing byte with %d threads", threads)
                    .isEqualTo(-1);
        }
        assertThat(JSON.renderText(findings).getBytes(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(alone);
    }

    @Test
    void should_write_the_same_bytes_from_threat_templates_as_value_by_value() throws IOException {
        Findings many = dev.tmj.resolve.Resolver.resolve(SyntheticModel.withFlows(700), ThreatLibrary.builtIn());
        Findings varied = variedFindings();
        Map<String, TicketLink> tickets = Map.of(find(varied, "INP03", "W\u00e9b \"1\"").fingerprint(),
                new TicketLink("SEC-1", "https://tickets.example/SEC-1", true));

        for (Findings findings : List.of(many, varied)) {
            byte[] valueByValue = document(findings, tickets, 1, false);
            for (int threads : new int[] {1, 2}) {
                byte[] templated = document(findings, tickets, threads, true);
                assertThat(java.util.Arrays.mismatch(templated, valueByValue))
                        .as("first differing byte with %d threads", threads).isEqualTo(-1);
            }
        }
        assertThat(new String(document(varied, tickets, 1, true), java.nio.charset.StandardCharsets.US_ASCII))
                .contains("\"ticket\": {\"key\": \"SEC-1\"", "\"test\": \"WebTest.caf\\u00e9\"",
                        "\"file\": \"sg.tf\"", "\"owner\": \"alice\"", "\"target\": \"W\\u00e9b \\\"1\\\"\"");
    }

    @Test
    void should_copy_from_the_threat_only_findings_that_carry_nothing_but_the_threats_texts() {
        Findings varied = variedFindings();
        Map<String, TicketLink> tickets = Map.of(find(varied, "INP03", "W\u00e9b \"1\"").fingerprint(),
                new TicketLink("SEC-1", "https://tickets.example/SEC-1", true));

        assertThat(FindingTemplate.fits(find(varied, "DS01", "W\u00e9b \"1\""), tickets)).isTrue();
        assertThat(FindingTemplate.fits(find(varied, "DS01", "aws_instance.web"), tickets)).isTrue();
        assertThat(FindingTemplate.fits(find(varied, "INP03", "W\u00e9b \"1\""), tickets)).as("ticket").isFalse();
        assertThat(FindingTemplate.fits(find(varied, "AA01", "W\u00e9b \"1\""), tickets)).as("override").isFalse();
        assertThat(FindingTemplate.fits(find(varied, "INP05", "W\u00e9b \"1\""), tickets)).as("evidence").isFalse();
        assertThat(FindingTemplate.fits(find(varied, "IAC04", "aws_instance.web"), tickets)).as("evidence attribute")
                .isFalse();
        Finding excluded = varied.excluded().stream().filter(f -> f.threatId().equals("INP09")).findFirst()
                .orElseThrow();
        assertThat(FindingTemplate.fits(excluded, tickets)).as("excluded by an assumption").isFalse();
    }

    /**
     * Findings of every kind that a template must not be used for (overridden, excluded, with evidence, with an
     * evidence attribute's cause and location), beside plain ones, on elements with names that need escapes.
     */
    private static Findings variedFindings() {
        ThreatModel tm = ThreatModel.named("m").assumptions(Assumption.named("Trusted \u2615").excluding("INP09"));
        tm.server("W\u00e9b \"1\"").overrides(FindingOverride.of("AA01").status(FindingStatus.ACCEPTED).owner("alice")
                .justification("internal \"only\"\nfor now").expires(LocalDate.of(2027, 1, 31)));
        tm.server("Plain"); // after the findings above, with the same threats but nothing of their own
        dev.tmj.model.Element iac = tm.server("aws_instance.web").element()
                .locatedAt(new dev.tmj.model.SourceLocation("main.tf", 3, 1));
        iac.setExtra("iacType", "aws_instance", new dev.tmj.model.SourceLocation("main.tf", 3, 1));
        iac.setExtra("iacSecret", "aws_db_instance.db: password written in the code",
                new dev.tmj.model.SourceLocation("sg.tf", 12, 3));
        tm.dataflow(tm.actor("User\u0001"), tm.process("Proc"), "Flow \ud83d\ude00");
        return tm.pipeline().threats(ThreatLibrary.builtIn("all")).asOf(LocalDate.of(2026, 6, 1)).run().findings()
                .withEvidence(f -> f.threatId().equals("INP05") && f.target().startsWith("W")
                        ? List.of(new Evidence("WebTest.caf\u00e9", false, "expected <a>")) : List.of());
    }

    private static Finding find(Findings findings, String sid, String target) {
        return findings.findings().stream().filter(f -> f.threatId().equals(sid) && f.target().equals(target))
                .findFirst().orElseThrow(() -> new AssertionError("no " + sid + " on " + target + ", only "
                        + findings.findings().stream().filter(f -> f.target().equals(target)).map(Finding::threatId)
                                .toList()));
    }

    private static byte[] document(Findings findings, int threads) throws IOException {
        return document(findings, Map.of(), threads, true);
    }

    private static byte[] document(Findings findings, Map<String, TicketLink> tickets, int threads,
            boolean templates) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PythonJsonOutput json = new PythonJsonOutput(bytes);
        PytmJsonDocumentWriter.write(findings, tickets, json, threads, templates);
        json.flush();
        return bytes.toByteArray();
    }

    /** Counts what it is given and keeps nothing. */
    private static final class CountingStream extends java.io.OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }

    private static Findings webapp() {
        return PytmModels.webapp().resolve(ThreatLibrary.builtIn());
    }

    private static Findings resolve(String model) {
        ThreatModel tm = model.equals("webapp") ? PytmModels.webapp() : PytmModels.pipeline();
        return tm.resolve(library());
    }

    private static ThreatLibrary library() {
        return ThreatLibrary.fromJson(SharedData.threatsJson());
    }

    private static JsonNode pytm(String file) throws IOException {
        return MAPPER.readTree(SharedData.model(file).toFile());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("name").asText()).toList();
    }

    private static Map<String, JsonNode> byName(JsonNode list) {
        return byKey(list, n -> n.get("name").asText());
    }

    private static Map<String, JsonNode> byKey(JsonNode list, Function<JsonNode, String> key) {
        return StreamSupport.stream(list.spliterator(), false)
                .collect(Collectors.toMap(key, n -> n, (a, b) -> a));
    }

    private static List<String> sidsAndTargets(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(f -> f.get("threat_id").asText() + "\t" + f.get("target").asText()).toList();
    }
}
