package dev.tmj.report.pytm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.resolve.Findings;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import org.junit.jupiter.api.Test;

/** What the report's names hold: pytm's str() of values, its report copies, helpers and escaping. */
class PytmReportValuesTest {
    private static String render(String template, Findings findings) {
        return PytmTemplate.parse(template, "t.md").renderText(findings);
    }

    private static Findings webapp() {
        return PytmModels.webapp().resolve(ThreatLibrary.fromJson(SharedData.threatsJson()));
    }

    @Test
    void should_print_values_as_python_str_does() {
        Findings f = webapp();
        String out = render("{dataflows:repeat:{{item.display_name:call:}}|{{item.data}}|{{item.tlsVersion}}"
                + "|{{item.isResponse}}|{{item.source}}|{{item.dstPort}}\n}", f);
        assertThat(out).isEqualTo("""
                (1) Post comment|Comment, Session cookie|TLSVersion.TLSv13|False|Actor(Visitor)|443
                (2) Render page|[]|TLSVersion.NONE|True|Server(Web server)|-1
                (3) Insert comment|Comment|TLSVersion.TLSv11|False|Server(Web server)|5432
                (4) Return rows|[]|TLSVersion.NONE|True|Datastore(Comments DB)|-1
                (5) Purge old comments|[]|TLSVersion.NONE|False|Lambda(Cleanup function)|5432
                """);
        assertThat(render("{assets:repeat:{{item.name}}: {{item.maxClassification}} {{item.levels}} "
                + "{{item.sourceFiles}} {{item.controls.isHardened}}\n}", f))
                .contains("Web server: Classification.UNKNOWN [0] ['src/web/app.py'] True\n")
                .contains("Comments DB: Classification.RESTRICTED [0] [] False\n");
        assertThat(render("{assets[1].type} {assets[1].type.value} {assets[1].type.label:call:}", f))
                .isEqualTo("DatastoreType.SQL SQL sql");
        assertThat(render("{dataflows[0].dstPort:>6}|{dataflows[0].dstPort:#x}|{assets[0].levels!r}"
                + "|{assets[0].maxClassification.value:+}", f)).as("the model's ints are Python ints")
                .isEqualTo("   443|0x1bb|[0]|+0");
        assertThatThrownBy(() -> render("{assets[0].type}", f)).hasMessageContaining(
                "'Server' object has no attribute 'type'");
    }

    /**
     * pytm's report copies turn empty lists and DataSets into the string "[]" (truthy) and sets into lists; elements
     * reached through an attribute are not copies.
     */
    @Test
    void should_distinguish_report_copies_from_the_models_own_elements() {
        Findings f = webapp();
        String out = render("{dataflows:repeat:{{item.name}}:{{item.data:if: data}}{{item.levels}}"
                + "|{{item.source.data:if: data}}{{item.source.data:not: none}}{{item.source.levels}}"
                + "|{{item.source.inputs:not:no inputs}}\n}", f);
        assertThat(out).contains("Render page: data[0]| none{0}|\n")
                .contains("Purge old comments: data[0]| none{0}|no inputs\n")
                .contains("Post comment: data[0]| none{0}|no inputs\n");
        assertThat(render("{actors:repeat:{{item.inputs}}|{{item.outputs}}|{{item.overrides}}}", f))
                .as("a response is not an input").isEqualTo("[]|[<pytm.dataflow.Dataflow(Post comment)>]|[]");
        assertThat(render("{tm.assumptions:repeat:{{item}}/{{item.exclude}}/{{item!r}}}", f))
                .isEqualTo("Operators use hardware keys/set()/Assumption(name='Operators use hardware keys',"
                        + " exclude=set(), description='')");
    }

    @Test
    void should_offer_pytms_report_utils() {
        Findings f = webapp();
        assertThat(render("{boundaries:repeat:{{item.name}}={{item:call:getParentName}}"
                + "[{{item:call:getNamesOfParents:{{{{item}}}};}}]\n}", f))
                .isEqualTo("Internet=[]\nCloud VPC=[]\nData tier=Cloud VPC[Cloud VPC;]\n");
        assertThat(render("{assets:repeat:{{item:call:getElementType}}/{{item:call:getFindingCount}}"
                + "/{{item:call:getParentName}}\n}", f))
                .startsWith("Server/" + f.of(element(f, "Web server")).size()
                        + "/ERROR: getParentName method is not valid for Server\n");
        assertThat(render("{dataflows:repeat:{{item:call:getNamesOfParents}}\n}", f))
                .startsWith("ERROR: getNamesOfParents method is not valid for Dataflow\n");
        assertThat(render("{findings:repeat:{{item:call:getFindingTarget}}|{{item:call:getElementType}}\n}", f))
                .startsWith("Web server|ERROR: getElementType method is not valid for Finding\n");
        assertThat(render("{tm:call:getThreatId}|{tm.name:call:getFindingCount}", f))
                .isEqualTo("|ERROR: getFindingCount method is not valid for str");
    }

    @Test
    void should_hide_the_findings_of_out_of_scope_elements() {
        ThreatModel tm = ThreatModel.named("scope").description("d");
        var web = tm.server("In").controls(c -> c.sanitizesInput(false));
        var out = tm.server("Out").outOfScope();
        tm.dataflow(web, out, "flow");
        Findings f = tm.resolve(ThreatLibrary.fromJson(SharedData.threatsJson()));
        String report = render("{assets:repeat:{{item.name}} {{item:call:getFindingCount}}"
                + " {{item:call:getInScopeFindings:x}}\n}", f);
        String in = report.lines().filter(l -> l.startsWith("In ")).findFirst().orElseThrow();
        assertThat(in).startsWith("In " + f.of(element(f, "In")).size() + " x");
        assertThat(report).contains("Out 0 \n");
    }

    private static final String LIBRARY = """
            [{"SID": "T01", "target": ["Server"], "description": "Costs $5 & <b>'more'</b>", "details": "d",
              "Likelihood Of Attack": "High", "severity": "High", "condition": "True", "prerequisites": "p <",
              "mitigations": "Escape \\\\$ once", "example": "e", "references": "r"}]
            """;

    /** pytm escapes the texts of findings, threats and a report copy's findings, not tm.findings. */
    @Test
    void should_escape_dollars_and_html_where_pytm_does() {
        ThreatModel tm = ThreatModel.named("esc").description("d");
        var web = tm.server("Web <1>");
        tm.actor("User");
        Findings f = tm.resolve(ThreatLibrary.fromJson(LIBRARY, "lib.json"));
        String escaped = "Costs \\$5 &amp; &lt;b&gt;&#x27;more&#x27;&lt;/b&gt;";
        assertThat(render("{findings:repeat:{{item.description}}|{{item.mitigations}}|{{item.target}}}", f))
                .isEqualTo(escaped + "|Escape \\$ once|Web <1>");
        assertThat(render("{threats:repeat:{{item.description}}|{{item.prerequisites}}|{{item.target}}}", f))
                .isEqualTo(escaped + "|p <|(<class 'pytm.asset.Server'>,)");
        assertThat(render("{assets:repeat:{{item.findings:repeat:{{{{item.description}}}}}}}", f))
                .isEqualTo(escaped);
        assertThat(render("{tm.findings:repeat:{{item.description}}}", f)).isEqualTo("Costs $5 & <b>'more'</b>");
        assertThat(PytmEscaping.escape("a$b\\$c\"")).isEqualTo("a\\$b\\$c&quot;");
    }

    @Test
    void should_iterate_model_objects_like_pydantic_models() {
        Findings f = webapp();
        String controls = render("{assets:repeat:{{item.controls:repeat:{{{{item[0]}}}}={{{{item[1]}}}},}}\n}", f);
        assertThat(controls.lines().findFirst().orElseThrow()).contains("isHardened=True,", "sanitizesInput=False,",
                "authenticationScheme=,");
        assertThat(controls.lines().findFirst().orElseThrow().split(",")).hasSize(43);
    }

    @Test
    void should_iterate_tmj_extensions_of_an_element_only_where_the_model_sets_them() {
        String template = "{assets:repeat:{{item.name}}:{{item:repeat:{{{{item[0]}}}},}}\n}";
        ThreatModel tm = ThreatModel.named("m");
        tm.server("Plain");
        tm.server("Placed").region("EU");
        String out = render(template, tm.resolve(ThreatLibrary.builtIn()));

        String plain = out.lines().filter(l -> l.startsWith("Plain:")).findFirst().orElseThrow();
        String placed = out.lines().filter(l -> l.startsWith("Placed:")).findFirst().orElseThrow();
        assertThat(plain).contains(",protocol,").doesNotContain("region", "tracksUsers", "offersDataAccess");
        assertThat(placed).contains(",region,").doesNotContain("tracksUsers");
        assertThat(render("{assets:repeat:{{item.name}}={{item.region}};}", tm.resolve(ThreatLibrary.builtIn())))
                .as("a template still reads an extension by name").isEqualTo("Plain=;Placed=EU;");
    }

    @Test
    void should_render_a_model_that_was_not_resolved() {
        ThreatModel tm = PytmModels.pipeline();
        String out = PytmTemplate.parse("{tm.name}: {findings}{threats} {tm.findings:not:none}", "t.md")
                .renderText(PytmReportTemplatesTest.unresolved(tm));
        assertThat(out).isEqualTo("Delivery pipeline: [][] none");
    }

    @Test
    void should_expose_tmj_finding_fields_and_refuse_unknown_ones() {
        Findings f = webapp();
        assertThat(render("{findings[0].fingerprint}", f)).matches("[0-9a-f]{16}");
        assertThat(render("{tm.excluded_findings[0].assumption.name}", f))
                .isEqualTo("No server-side includes are enabled");
        assertThatThrownBy(() -> render("{findings[0].element.nmae}", f))
                .isInstanceOf(TemplateException.class)
                .hasMessage("t.md:1:21: AttributeError: 'Server' object has no attribute 'nmae' (did you mean "
                        + "'name'?)");
        assertThatThrownBy(() -> render("{tm.check:call:}", f)).hasMessageContaining(
                "'TM' object has no attribute 'check'");
    }

    private static dev.tmj.model.Element element(Findings findings, String name) {
        return findings.checkedModel().model().elements().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow();
    }

}
