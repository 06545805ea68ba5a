package dev.tmj.report.pytm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Classification;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** pytm's shipped templates rendered for the shared models, against what pytm renders. */
class PytmReportTemplatesTest {
    private static final Pattern DETAILS = Pattern.compile("<details>.*?</details>", Pattern.DOTALL);

    private static Path upstream(String file) {
        return SharedData.pytm().resolve("upstream").resolve(file);
    }

    private static PytmTemplate template(String file) {
        return PytmTemplate.read(upstream(file));
    }

    private static Findings resolve(ThreatModel tm) {
        return tm.resolve(ThreatLibrary.fromJson(SharedData.threatsJson()));
    }

    /** pytm's tests/test_pytmfunc.py test_report model, built line for line. */
    /**
     * What pytm reports on when {@code resolve()} did not run: the checked model, no findings and no threats (a
     * library without threats, whose name is as empty as an unset {@code threatsFile}).
     */
    static Findings unresolved(ThreatModel tm) {
        return tm.resolve(ThreatLibrary.of("", List.of()));
    }

    static ThreatModel outputMdModel() {
        ThreatModel tm = ThreatModel.named("my test tm").description("aaa").ordered();
        tm.model().set("threatsFile", "pytm/threatlib/threats.json");
        var internet = tm.boundary("Internet");
        var serverDb = tm.boundary("Server/DB");
        var user = tm.actor("User").in(internet);
        var web = tm.server("Web Server");
        var func = tm.lambda("Lambda func");
        var worker = tm.process("Task queue worker");
        var db = tm.datastore("SQL Database").in(serverDb);
        var cookie = tm.data("auth cookie").description("auth cookie description").classification(Classification.PUBLIC);
        tm.dataflow(user, web, "User enters comments (*)").note("bbb").data(cookie);
        tm.dataflow(web, db, "Insert query with comments").note("ccc");
        tm.dataflow(web, func, "Call func");
        tm.dataflow(db, web, "Retrieve comments");
        tm.dataflow(web, user, "Show comments (*)");
        tm.dataflow(worker, db, "Query for tasks");
        return tm;
    }

    /**
     * pytm's tests/output.md, byte for byte. pytm's own test compares after strip(): the fixture ends with one line
     * break where the template's three trailing ones are rendered, so the comparison ignores trailing line breaks.
     */
    @Test
    void should_reproduce_pytms_output_md() throws IOException {
        String mine = template("basic_template.md").renderText(unresolved(outputMdModel()));
        String expected = Files.readString(upstream("output.md"));
        assertThat(mine).endsWith("||\n\n\n");
        assertThat(mine.stripTrailing()).isEqualTo(expected.stripTrailing());
    }

    @Test
    void should_render_the_basic_template_for_webapp_as_pytm_would() {
        Findings findings = resolve(PytmModels.webapp());
        String report = template("basic_template.md").renderText(findings);

        assertThat(report).contains("## System Description", "## Dataflow Diagram - Level 0 DFD", "## Dataflows",
                "## Data Dictionary", "## Potential Threats");
        assertThat(report).contains("Visitors post comments through a web server;\n"
                + "comments are stored in SQL and cleaned up by a scheduled function.");
        assertThat(report).contains("|Assumptions|\n|-----------|\n|Operators use hardware keys| \n");
        // tmj keeps the protocols and ports the model set (pytm 1.4.0 printed '' and -1 for every request).
        assertThat(report).contains(
                "|Post comment|Visitor|Web server|Comment, Session cookie|HTTPS|443|\n",
                "|Render page|Web server|Visitor|[]|HTTPS|-1|\n",
                "|Insert comment|Web server|Comments DB|Comment|PostgreSQL|5432|\n",
                "|Return rows|Comments DB|Web server|[]|PostgreSQL|-1|\n",
                "|Purge old comments|Cleanup function|Comments DB|[]|PostgreSQL|5432|\n");
        assertThat(report).contains("|Comment||PUBLIC|\n", "|Session cookie||SECRET|\n");
        assertDetailsPerFinding(report, findings.findings());
    }

    @Test
    void should_render_the_basic_template_for_pipeline_as_pytm_would() {
        Findings findings = resolve(PytmModels.pipeline());
        String report = template("basic_template.md").renderText(findings);
        assertThat(report).doesNotContain("|Assumptions|");
        assertThat(report).contains("|git push|Developer|Code forge|Source code|SSH|-1|\n",
                "|Apply manifest|Deploy controller|Cluster API|Deploy key, Manifest|HTTP|-1|\n");
        assertThat(report).contains("|Deploy key||SECRET|\n", "|Manifest||PUBLIC|\n");
        assertDetailsPerFinding(report, findings.findings());
    }

    /** One details block per finding, in order, with its SID, description, target, severity, mitigations... */
    private static void assertDetailsPerFinding(String report, List<Finding> findings) {
        List<String> blocks = details(report);
        assertThat(blocks).hasSize(findings.size());
        assertThat(findings).isNotEmpty();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String block = blocks.get(i);
            assertThat(block).as(f.toString())
                    .contains(f.threatId() + " — " + PytmEscaping.escape(f.description()))
                    .contains("<h6>Targeted Element</h6>\n  <p>" + f.target() + "</p>")
                    .contains("<h6>Severity</h6>\n  <p>" + PytmEscaping.escape(f.severityText()) + "</p>")
                    .contains("<h6>Example Instances</h6>\n  <p>" + PytmEscaping.escape(f.example()) + "</p>")
                    .contains("<h6>Mitigations</h6>\n  <p>" + PytmEscaping.escape(f.mitigations()) + "</p>")
                    .contains("<h6>References</h6>\n  <p>" + PytmEscaping.escape(f.references()) + "</p>");
        }
    }

    private static List<String> details(String text) {
        List<String> blocks = new ArrayList<>();
        Matcher m = DETAILS.matcher(text);
        while (m.find()) {
            blocks.add(m.group());
        }
        return blocks;
    }

    @Test
    void should_escape_finding_texts_as_pytm_does() {
        Findings findings = resolve(PytmModels.webapp());
        String report = template("basic_template.md").renderText(findings);
        List<Finding> quoted = findings.findings().stream().filter(f -> f.example().contains("'")).toList();
        assertThat(quoted).as("webapp has findings whose example holds a quote").isNotEmpty();
        for (Finding f : quoted) {
            assertThat(report).doesNotContain("<p>" + f.example() + "</p>")
                    .contains("<p>" + PytmEscaping.escape(f.example()) + "</p>");
        }
    }

    // ---------------------------------------------------------------- advanced template

    @Test
    void should_render_every_section_of_the_advanced_template() {
        Findings findings = resolve(PytmModels.webapp());
        String report = template("advanced_template.md").renderText(findings);
        assertThat(report).contains("## System Description", "## Dataflows", "## Data Dictionary", "## Actors",
                "## Boundaries", "## Assets", "## Data Flows", "# Excluded Threats");
        assertThat(report).contains("|(1) Post comment|Visitor|Web server|Comment, Session cookie|HTTPS|443|\n");
        // Data dictionary: carriers and processors through a nested repeat (quadrupled braces).
        assertThat(report).contains("|Comment||PUBLIC|Insert comment<br>Post comment<br>|"
                + "Comments DB<br>Visitor<br>Web server<br>|\n");
        // Actors.
        assertThat(report).contains("Name|Visitor\n|:----|:----|\nDescription||\nIs Admin|False|\nFinding Count|0|\n");
        // Boundaries: pytm's str() of booleans and enums, parents through parents() and getParentName.
        assertThat(report).contains("Name|Data tier\n|:----|:----|\nDescription||\nIn Scope|True|\n"
                + "Immediate Parent|Cloud VPC|\nAll Parents|Cloud VPC, |\nClassification|Classification.UNKNOWN|\n"
                + "Finding Count|0|\n");
        assertThat(report).contains("Name|Internet\n|:----|:----|\nDescription||\nIn Scope|True|\n"
                + "Immediate Parent|N/A, primary boundary|\nAll Parents||\n");
        // Assets and flows.
        assertThat(report).contains("Name|Web server|\n|:----|:----|\nDescription||\nIn Scope|True|\nType|Server|\n"
                + "Finding Count|" + findings.of(element(findings, "Web server")).size() + "|\n");
        assertThat(report).contains("Name|Post comment\n|:----|:----|\nDescription||\nSink|Server(Web server)|\n"
                + "Source|Actor(Visitor)|\nIs Response|False|\nIn Scope|True|\n");
        assertThat(report).contains("Name|Render page\n|:----|:----|\nDescription||\nSink|Actor(Visitor)|\n"
                + "Source|Server(Web server)|\nIs Response|True|\n");
    }

    /**
     * The per-element findings: one details block per in-scope finding of each element, as pytm renders them. The
     * shipped template writes the finding fields with the same brace level as the getInScopeFindings call, so pytm
     * evaluates them on the element while it formats the call's spec (getThreatId of an element is "") and
     * repeats the resulting blank block per finding; tmj, following pytm's rules, renders the same blank blocks.
     * With the braces doubled once more, the blocks show each finding.
     */
    @Test
    void should_render_the_per_element_findings_of_the_advanced_template_as_pytm_does() throws IOException {
        Findings findings = resolve(PytmModels.webapp());
        String shipped = Files.readString(upstream("advanced_template.md"));
        String report = PytmTemplate.parse(shipped, "advanced_template.md").renderText(findings);
        String assets = section(report, "## Assets", "## Data Flows");
        int inScope = 0;
        for (var e : findings.checkedModel().model().elements()) {
            if (e.type().isA(dev.tmj.model.ElementType.ASSET)) {
                inScope += findings.of(e).size();
            }
        }
        List<String> blank = details(assets);
        assertThat(blank).hasSize(inScope);
        assertThat(blank.get(0)).contains("<summary>\n     — \n  </summary>", "<h6>Targeted Element</h6>\n  <p></p>");

        String fixed = shipped.replace("{{item:call:getThreatId}} — {{item:call:getFindingDescription}}",
                        "{{{{item:call:getThreatId}}}} — {{{{item:call:getFindingDescription}}}}")
                .replace("<p>{{item:call:getFindingTarget}}</p>", "<p>{{{{item:call:getFindingTarget}}}}</p>");
        String fixedReport = PytmTemplate.parse(fixed, "fixed.md").renderText(findings);
        List<String> blocks = details(section(fixedReport, "## Assets", "## Data Flows"));
        assertThat(blocks).hasSize(inScope);
        Finding first = findings.of(element(findings, "Web server")).get(0);
        assertThat(blocks.get(0)).contains(first.threatId() + " — " + PytmEscaping.escape(first.description()),
                "<p>Web server</p>");
    }

    /** webapp excludes INP16 on the web server through an assumption. */
    @Test
    void should_render_the_excluded_threats_of_the_advanced_template() {
        Findings findings = resolve(PytmModels.webapp());
        assertThat(findings.excluded()).extracting(Finding::threatId).containsExactly("INP16");
        String report = template("advanced_template.md").renderText(findings);
        String excluded = report.substring(report.indexOf("# Excluded Threats"));
        List<String> blocks = details(excluded);
        assertThat(blocks).hasSize(1);
        Finding f = findings.excluded().get(0);
        assertThat(blocks.get(0)).contains("INP16 — " + f.description(),
                "<b>INP16</b> was excluded for\n    <b>Web server</b>\n"
                        + "    because of the assumption \"No server-side includes are enabled\"",
                "<h6>Severity</h6>\n  <p>" + f.severityText() + "</p>")
                .doesNotContain("Assumption description");
    }

    @Test
    void should_render_the_advanced_template_for_pipeline_without_an_excluded_section() {
        Findings findings = resolve(PytmModels.pipeline());
        String report = template("advanced_template.md").renderText(findings);
        assertThat(report).doesNotContain("# Excluded Threats");
        assertThat(report).contains("Name|Review bot|\n|:----|:----|\nDescription||\nIn Scope|True|\nType|LLM|\n");
        assertThat(report).contains("Name|Fix agent|\n", "Type|Agent|\n", "Type|SetOfProcesses|\n");
        assertThat(report).contains("|Signed artifact||RESTRICTED|Publish artifact<br>Pull artifact<br>|");
    }

    private static dev.tmj.model.Element element(Findings findings, String name) {
        return findings.checkedModel().model().elements().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static String section(String report, String from, String to) {
        int start = report.indexOf(from);
        return report.substring(start, report.indexOf(to, start));
    }

    /** Linear rendering: a report of thousands of findings renders in well under a second per thousand. */
    @Test
    void should_render_a_large_model_quickly() {
        ThreatModel tm = ThreatModel.named("big").description("d");
        var prev = tm.server("s0");
        for (int i = 1; i <= 1000; i++) {
            var next = tm.server("s" + i);
            tm.dataflow(prev, next, "f" + i).protocol("HTTP");
            prev = next;
        }
        Findings findings = resolve(tm);
        PytmTemplate advanced = template("advanced_template.md");
        long start = System.nanoTime();
        String report = advanced.renderText(findings);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(findings.size()).isGreaterThan(10_000);
        assertThat(report.length()).isGreaterThan(1_000_000);
        assertThat(millis).as("milliseconds for %d findings", findings.size()).isLessThan(20_000);
    }
}
