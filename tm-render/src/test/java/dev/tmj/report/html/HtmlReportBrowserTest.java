package dev.tmj.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tmj.model.Impact;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Likelihood;
import dev.tmj.resolve.Risk;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in headless Chromium (Debian's {@code chromium}; skipped when it is not installed): the page
 * renders, its script filters and sorts from the URL, and no model text runs as script, with or without the
 * page's Content-Security-Policy. Each run dumps the DOM after the page's script has run.
 */
class HtmlReportBrowserTest {
    private static final long TIMEOUT_SECONDS = 30;
    private static final Path CHROMIUM = find("chromium").orElse(null);

    @TempDir
    static Path dir;

    @BeforeEach
    void needChromium() {
        assumeTrue(CHROMIUM != null, "chromium is not installed");
    }

    @Test
    void should_render_every_finding_and_run_no_model_text_as_script() throws Exception {
        Findings findings = HostileModel.findings();
        Path page = write("hostile.html", HtmlReportTest.html(findings, HtmlReportTest.hostileSvg()));

        Document dom = dumpDom(page, "");

        assertReady(dom, findings.size());
        assertThat(dom.select("#findings-table > tbody.finding")).hasSize(findings.size());
        assertThat(dom.select("#findings-table tr.detail[hidden]")).hasSize(findings.size());
        assertNothingRan(dom, findings);
    }

    @Test
    void should_run_no_model_text_as_script_even_without_the_content_security_policy() throws Exception {
        Findings findings = HostileModel.findings();
        String template = HtmlReport.defaultTemplate()
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "");
        assertThat(template).doesNotContain("Content-Security-Policy\" content");
        Path page = write("hostile-no-csp.html",
                HtmlReportTest.showing(HtmlReport.withTemplate(template), HtmlReportTest.hostileSvg())
                        .renderText(findings));

        Document dom = dumpDom(page, "");

        assertReady(dom, findings.size());
        assertNothingRan(dom, findings);
    }

    @Test
    void should_filter_and_sort_as_the_url_says() throws Exception {
        Findings findings = MarkdownReportTest.webapp();
        Path page = write("webapp.html", HtmlReportTest.html(findings, HtmlReportTest.dfd()));

        Document dom = dumpDom(page, "filter:stride=Tampering&status=open&sort=-severity");

        List<Integer> expected = IntStream.range(0, findings.size())
                .filter(i -> findings.findings().get(i).stride().equals("Tampering")
                        && findings.findings().get(i).status().label().equals("open"))
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -findings.findings().get(i).severity().level())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        assertReady(dom, expected.size());
        assertThat(visibleRows(dom)).containsExactlyElementsOf(expected.stream().map(i -> "finding-" + (i + 1))
                .toList());
        assertThat(dom.selectFirst("th[data-sort=severity]").attr("aria-sort")).isEqualTo("descending");
        assertThat(dom.getElementById("shown-count").text()).isEqualTo(expected.size() + " of " + findings.size());
    }

    @Test
    void should_filter_on_hostile_values_and_search_text() throws Exception {
        Findings findings = HostileModel.findings();
        Path page = write("hostile-filter.html", HtmlReportTest.html(findings, null));
        Finding zz02 = findings.findings().stream().filter(f -> f.threatId().equals("ZZ02")).findFirst()
                .orElseThrow();
        String zz02Row = "finding-" + (findings.findings().indexOf(zz02) + 1);

        Document bySeverity = dumpDom(page, "filter:severity=" + encode(zz02.severityText()));
        assertThat(visibleRows(bySeverity)).containsExactly(zz02Row);

        Document bySearch = dumpDom(page, "filter:q=" + encode("zz02 accepted"));
        assertThat(visibleRows(bySearch)).containsExactly(zz02Row);
        assertNothingRan(bySearch, findings);
    }

    @Test
    void should_count_each_cell_of_the_risk_matrix_and_filter_the_table_by_the_cell_the_url_names()
            throws Exception {
        Findings findings = MarkdownReportTest.webapp();
        Path page = write("webapp-risk.html", HtmlReportTest.html(findings, HtmlReportTest.dfd()));
        String cell = busiestCell(findings);

        Document all = dumpDom(page, "");
        Document filtered = dumpDom(page, "filter:cell=" + cell);

        assertReady(all, findings.size());
        assertThat(all.select("#risk-matrix button[data-risk-cell]")).hasSize(25);
        for (Likelihood likelihood : Likelihood.values()) {
            for (Impact impact : Impact.values()) {
                String key = likelihood.level() + "-" + impact.level();
                long expected = findings.findings().stream().filter(f -> cellOf(f).equals(key)).count();
                var button = all.selectFirst("#risk-matrix button[data-risk-cell=" + key + "]");
                assertThat(button.text()).as("cell " + key).isEqualTo(String.valueOf(expected));
                assertThat(button.parent().hasClass("risk-" + Risk.levelOf(likelihood, impact).label()))
                        .as("cell " + key).isTrue();
            }
        }
        assertThat(all.select("#risk-matrix button[aria-pressed=true]")).isEmpty();
        assertThat(visibleRows(filtered)).containsExactlyElementsOf(rowsIn(findings, cell)).isNotEmpty()
                .hasSizeLessThan(findings.size());
        assertThat(filtered.select("#risk-matrix button[aria-pressed=true]").eachAttr("data-risk-cell"))
                .containsExactly(cell);
    }

    @Test
    void should_filter_the_table_when_a_cell_is_clicked_and_show_all_again_when_it_is_clicked_again()
            throws Exception {
        Findings findings = MarkdownReportTest.webapp();
        String cell = busiestCell(findings);

        Document clicked = dumpDom(clicking("risk-click.html", findings, cell, 1), "");
        Document clickedAgain = dumpDom(clicking("risk-click-twice.html", findings, cell, 2), "");

        assertThat(visibleRows(clicked)).containsExactlyElementsOf(rowsIn(findings, cell));
        assertThat(clicked.selectFirst("html").attr("data-shown")).isEqualTo(String.valueOf(rowsIn(findings, cell)
                .size()));
        assertThat(clicked.select("#risk-matrix button[aria-pressed=true]").eachAttr("data-risk-cell"))
                .containsExactly(cell);
        assertThat(clicked.getElementById("risk-filter-note").text()).startsWith("The findings table shows "
                + rowsIn(findings, cell).size() + " of " + findings.size() + " findings: likelihood ");
        assertThat(visibleRows(clickedAgain)).hasSize(findings.size());
        assertThat(clickedAgain.select("#risk-matrix button[aria-pressed=true]")).isEmpty();
    }

    @Test
    void should_take_a_screenshot_of_the_risk_matrix_with_a_cell_selected() throws Exception {
        Findings findings = MarkdownReportTest.webapp();
        Path page = clicking("webapp-risk-shot.html", findings, busiestCell(findings), 1);
        Path png = Path.of("target", "report-html", "risk-matrix.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);

        run(List.of("--screenshot=" + png, "--window-size=1400,1100", page.toUri().toString()));

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }

    /**
     * The report with a script of the test's that clicks a cell of the risk matrix this many times after the
     * page's script ran; the policy that would refuse the test's script is left out of this copy.
     */
    private static Path clicking(String name, Findings findings, String cell, int clicks) throws IOException {
        String click = "document.querySelector('#risk-matrix button[data-risk-cell=\"" + cell + "\"]').click();";
        String template = HtmlReport.defaultTemplate()
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
                .replace("</body>", "<script>" + click.repeat(clicks) + "</script>\n</body>");
        return write(name, HtmlReportTest.showing(HtmlReport.withTemplate(template), HtmlReportTest.dfd())
                .renderText(findings));
    }

    /** The cell of the risk matrix that holds the most findings (the first of them in model order on a tie). */
    private static String busiestCell(Findings findings) {
        return findings.findings().stream().map(HtmlReportBrowserTest::cellOf)
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String cellOf(Finding f) {
        return f.risk().likelihood().level() + "-" + f.risk().impact().level();
    }

    private static List<String> rowsIn(Findings findings, String cell) {
        return IntStream.range(0, findings.size()).filter(i -> cellOf(findings.findings().get(i)).equals(cell))
                .mapToObj(i -> "finding-" + (i + 1)).toList();
    }

    @Test
    void should_take_a_screenshot_of_the_webapp_report() throws Exception {
        Path page = write("webapp-shot.html", HtmlReportTest.html(MarkdownReportTest.webapp(), HtmlReportTest.dfd()));
        Path png = Path.of("target", "report-html", "webapp.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);

        run(List.of("--screenshot=" + png, "--window-size=1400,1000", page.toUri().toString()));

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }

    private static void assertReady(Document dom, int shown) {
        assertThat(dom.selectFirst("html").attr("data-tmj-ready")).as("the page's script ran").isEqualTo("true");
        assertThat(dom.selectFirst("html").attr("data-shown")).isEqualTo(String.valueOf(shown));
    }

    /** No payload ran: none marked the page, changed its title or added elements. */
    private static void assertNothingRan(Document dom, Findings findings) {
        assertThat(dom.selectFirst("html").hasAttr("data-pwned")).as("a payload ran").isFalse();
        assertThat(dom.title()).isEqualTo(findings.checkedModel().model().name() + " · threat model report");
        assertThat(dom.select("script")).hasSize(2);
        assertThat(dom.select("img, iframe, object, embed, foreignObject")).isEmpty();
        assertThat(dom.selectFirst("h1").text()).isEqualTo(findings.checkedModel().model().name());
    }

    private static List<String> visibleRows(Document dom) {
        return dom.select("#findings-table > tbody.finding:not([hidden])").eachAttr("id");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Path write(String name, String html) throws IOException {
        return Files.writeString(dir.resolve(name), html);
    }

    private static Document dumpDom(Path page, String fragment) throws Exception {
        String url = page.toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
        return Jsoup.parse(run(List.of("--dump-dom", url)));
    }

    /** Runs headless Chromium with these arguments; returns what it printed. */
    private static String run(List<String> arguments) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + profile));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(done).as("chromium finished within %d s; stderr: %s", TIMEOUT_SECONDS,
                    Files.readString(err)).isTrue();
            assertThat(process.exitValue()).as("chromium's exit code; stderr: %s", Files.readString(err))
                    .isZero();
            return Files.readString(out);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Optional<Path> find(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            Path candidate = Path.of(entry, executable);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
