package dev.tmj.format.threatdragon;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import dev.tmj.format.OfflineSchemas;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreatDragonWriterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final ThreatDragonWriter WRITER = new ThreatDragonWriter(new RowsLayout());

    static Findings resolve(Model model) {
        return Pipeline.of(model).asOf(TODAY).run().findings();
    }

    static Model shop() {
        return TmjModelReader.read(Path.of("src/test/resources/threatdragon/shop.yaml"));
    }

    /**
     * The model as the resolver saw it, in tmj's own format, and each finding's fingerprint and status. Where each
     * element was read from (the file, its line) is left out: a round trip reads another file by construction.
     */
    static String summary(Findings findings) {
        String model = TmjModelWriter.toYaml(findings.checkedModel().model())
                .replaceAll("(?m)^( *)location:\n(\\1  .*\n)+", "");
        StringBuilder out = new StringBuilder(model);
        for (Finding f : findings) {
            out.append(f.fingerprint()).append(' ').append(f.threatId()).append(' ').append(f.status()).append('\n');
        }
        return out.toString();
    }

    @Test
    void should_give_back_the_same_model_and_findings_after_a_round_trip() {
        Findings original = resolve(shop());

        String exported = WRITER.renderText(original);
        Findings back = resolve(ThreatDragonReader.read(exported, "shop.json"));

        assertThat(summary(back)).isEqualTo(summary(original));
        assertThat(original.findings()).extracting(Finding::status).contains(dev.tmj.model.FindingStatus.ACCEPTED);
    }

    @Test
    void should_write_the_same_bytes_for_the_same_model() {
        assertThat(WRITER.renderText(resolve(shop()))).isEqualTo(WRITER.renderText(resolve(shop())));
    }

    @Test
    void should_write_a_file_that_threat_dragons_schema_accepts() throws IOException {
        Schema schema = OfflineSchemas.load(ThreatDragonFiles.file("threat-dragon-v2.schema.json"),
                "https://github.com/OWASP/threat-dragon/tree/main/td.vue/src/assets/schema/threat-dragon-v2.schema.json",
                SpecificationVersion.DRAFT_7);

        String exported = WRITER.renderText(resolve(shop()));

        assertThat(OfflineSchemas.errors(schema, exported, InputFormat.JSON)).isEmpty();
        assertThat(OfflineSchemas.errors(schema, "{\"version\": \"2.3.0\", \"summary\": {}}", InputFormat.JSON))
                .as("the schema can fail").isNotEmpty();
    }

    @Test
    void should_keep_a_status_changed_in_threat_dragon() {
        Findings original = resolve(shop());
        String exported = WRITER.renderText(original);
        Finding open = original.findings().stream().filter(f -> f.status() == dev.tmj.model.FindingStatus.OPEN)
                .findFirst().orElseThrow();
        String id = ThreatDragonWriter.id("finding", open.fingerprint());
        int at = exported.indexOf("\"id\": \"" + id + "\"");
        int status = exported.indexOf("\"status\": \"Open\"", at);
        String edited = exported.substring(0, status) + "\"status\": \"Mitigated\""
                + exported.substring(status + "\"status\": \"Open\"".length());

        Findings back = resolve(ThreatDragonReader.read(edited, "shop.json"));

        assertThat(back.findings()).filteredOn(f -> f.fingerprint().equals(open.fingerprint())).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(dev.tmj.model.FindingStatus.MITIGATED));
        assertThat(back.findings()).hasSameSizeAs(original.findings());
    }

    @Test
    void should_give_back_the_recorded_threats_of_a_demo_model_after_a_round_trip() {
        Model imported = ThreatDragonReader.read(ThreatDragonFiles.file("v2-threat-model.json"));
        Findings first = resolve(imported);

        Findings back = resolve(ThreatDragonReader.read(WRITER.renderText(first), "again.json"));

        assertThat(summary(back)).isEqualTo(summary(first));
        List<String> titles = back.findings().stream().filter(f -> f.threatId().startsWith("TD-"))
                .map(Finding::description).toList();
        assertThat(titles).contains("Accessing DB credentials");
    }
}
