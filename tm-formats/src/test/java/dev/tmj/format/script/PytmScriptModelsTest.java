package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Classification;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.testing.FindingLines;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pytm scripts of ../shared/pytm/models, read as scripts, give exactly the findings pytm gives. */
class PytmScriptModelsTest {

    @Test
    void should_give_exactly_pytms_findings_for_the_webapp_script() throws IOException {
        Findings findings = Resolver.resolve(PytmScriptReader.read(SharedData.model("webapp.py")), library());

        assertThat(FindingLines.of(findings)).containsExactlyElementsOf(FindingLines.expected("webapp"));
        assertThat(findings.warnings()).isEmpty();
    }

    @Test
    void should_give_exactly_pytms_findings_for_the_pipeline_script() throws IOException {
        Findings findings = Resolver.resolve(PytmScriptReader.read(SharedData.model("pipeline.py")), library());

        assertThat(FindingLines.of(findings)).containsExactlyElementsOf(FindingLines.expected("pipeline"));
        assertThat(findings.warnings()).isEmpty();
    }

    @Test
    void should_record_the_line_and_column_of_the_call_that_created_each_element() {
        Path script = SharedData.model("webapp.py");
        Model model = PytmScriptReader.read(script);

        assertThat(element(model, "Web server").location())
                .contains(new SourceLocation(script.toString(), 22, 7));
        assertThat(element(model, "Post comment").location().map(SourceLocation::line)).contains(52);
        assertThat(model.data().get(1).location().map(SourceLocation::line)).contains(50);
        assertThat(model.location().map(SourceLocation::line)).contains(7);
    }

    @Test
    void should_read_the_model_settings_of_the_webapp_script() {
        Model model = PytmScriptReader.read(SharedData.model("webapp.py"));

        assertThat(model.name()).isEqualTo("Comment board");
        assertThat(model.description()).isEqualTo("Visitors post comments through a web server;\n"
                + "comments are stored in SQL and cleaned up by a scheduled function.");
        assertThat(model.isOrdered()).isTrue();
        assertThat(model.mergeResponses()).isTrue();
        assertThat(model.assumptions()).extracting(a -> a.name()).containsExactly("Operators use hardware keys");
        Element web = element(model, "Web server");
        assertThat(web.get("port")).isEqualTo(443L);
        assertThat(web.controls().is("isHardened")).isTrue();
        assertThat(web.overrides()).singleElement().satisfies(o -> {
            assertThat(o.threatId()).isEqualTo("INP02");
            assertThat(o.get("cvss")).isEqualTo("2.0");
        });
        assertThat(web.assumptions()).singleElement().satisfies(a -> assertThat(a.exclude()).containsExactly("INP16"));
        assertThat(element(model, "Comments DB").get("maxClassification")).isEqualTo(Classification.RESTRICTED);
        assertThat(model.elements()).hasSize(12);
        assertThat(model.dataflows()).hasSize(5);
    }

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static ThreatLibrary library() {
        return ThreatLibrary.fromJson(SharedData.threatsJson());
    }
}
