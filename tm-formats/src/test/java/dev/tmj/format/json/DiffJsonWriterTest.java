package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.diff.ModelDiff;
import dev.tmj.format.ModelFiles;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.pipeline.Resolution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffJsonWriterTest {
    private static final String OLD = """
            from pytm import TM, Server, Datastore, Dataflow, Finding
            tm = TM("shop")
            web = Server("Web")
            db = Datastore("DB")
            gone = Server("Old \\"admin\\"\\n")
            q = Dataflow(web, db, "Query")
            q.protocol = "HTTP"
            """;
    private static final String NEW = """
            from pytm import TM, Server, Datastore, Dataflow, Finding
            tm = TM("shop")
            web = Server("Web")
            db = Datastore("DB")
            db.overrides = [Finding(threat_id="DO02", response="accepted: capped")]
            cache = Datastore("Cache")
            q = Dataflow(web, db, "Query")
            q.protocol = "HTTPS"
            """;

    private static Resolution run(String name, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return Pipeline.fromFile(Path.of(name), file -> ModelFiles.read(name, content, false)).run();
    }

    private static JsonNode json() throws Exception {
        ModelDiff diff = ModelDiff.between(run("old.py", OLD), run("new.py", NEW));
        return new ObjectMapper().readTree(new DiffJsonWriter().render(diff));
    }

    @Test
    void should_write_elements_and_findings_each_with_added_removed_changed_and_new_fixed_changed() throws Exception {
        JsonNode json = json();

        assertThat(fields(json)).containsExactly("elements", "findings");
        assertThat(fields(json.get("elements"))).containsExactly("added", "removed", "changed");
        assertThat(fields(json.get("findings"))).containsExactly("new", "fixed", "changed");
        assertThat(json.at("/elements/added/0").toString())
                .isEqualTo("{\"kind\":\"Datastore\",\"name\":\"Cache\",\"identity\":\"Datastore:Cache\"}");
        assertThat(json.at("/elements/removed/0/name").asText()).isEqualTo("Old \"admin\"\n");
        assertThat(json.at("/elements/changed/1/identity").asText()).isEqualTo("Dataflow:Query (Server:Web -> Datastore:DB)");
        assertThat(json.at("/elements/changed/1/attributes").toString())
                .isEqualTo("[{\"attribute\":\"protocol\",\"before\":\"\\\"HTTP\\\"\",\"after\":\"\\\"HTTPS\\\"\"}]");
    }

    @Test
    void should_name_each_findings_sid_severity_status_fingerprint_and_element() throws Exception {
        JsonNode json = json();

        JsonNode changed = json.at("/findings/changed/0");
        assertThat(fields(changed)).containsExactly("sid", "description", "severity", "status", "fingerprint",
                "element", "before");
        assertThat(changed.get("sid").asText()).isEqualTo("DO02");
        assertThat(changed.get("status").asText()).isEqualTo("accepted");
        assertThat(changed.at("/before/status").asText()).isEqualTo("open");
        assertThat(changed.at("/element/identity").asText()).isEqualTo("Datastore:DB");
        assertThat(changed.get("fingerprint").asText()).matches("[0-9a-f]{16}");
        assertThat(json.get("findings").get("new")).allSatisfy(f -> assertThat(fields(f)).containsExactly("sid",
                "description", "severity", "status", "fingerprint", "element"));
        assertThat(json.get("findings").get("fixed")).isNotEmpty()
                .extracting(f -> f.at("/element/identity").asText()).containsOnly("Server:Old \"admin\"\n");
    }

    @Test
    void should_write_the_same_bytes_twice() {
        ModelDiff diff = ModelDiff.between(run("old.py", OLD), run("new.py", NEW));

        assertThat(new DiffJsonWriter().render(diff)).isEqualTo(new DiffJsonWriter().render(
                ModelDiff.between(run("old.py", OLD), run("new.py", NEW))));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
