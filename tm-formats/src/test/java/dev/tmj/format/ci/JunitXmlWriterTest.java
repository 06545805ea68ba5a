package dev.tmj.format.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlWriterTest {
    private static final JunitXmlWriter WRITER = new JunitXmlWriter();

    @Test
    void should_write_the_shop_as_in_the_golden_file() {
        CiFixtures.assertMatchesGolden("shop.junit.xml", WRITER.renderText(CiFixtures.shop(Gate.DEFAULT)));
    }

    @Test
    void should_count_tests_failures_and_skips_as_the_cases_say() throws Exception {
        for (CheckResult result : List.of(CiFixtures.shop(Gate.DEFAULT), CiFixtures.shop(Gate.never()),
                CiFixtures.shopAgainstBaseline(Gate.DEFAULT.onlyNewFindings()), CiFixtures.hostile(), twoModels())) {
            Document xml = parse(WRITER.render(result));
            Element root = xml.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("testsuites");
            NodeList suites = root.getElementsByTagName("testsuite");
            assertThat(suites.getLength()).isEqualTo(result.models().size());
            for (int i = 0; i < suites.getLength(); i++) {
                Element suite = (Element) suites.item(i);
                assertThat(suite.getAttribute("name")).isEqualTo(CiText.clean(result.models().get(i).path())
                        .replace("\u0000", "\uFFFD").replace("\u0007", "\uFFFD").replace("\u001b", "\uFFFD"));
                assertCounts(suite);
                assertThat(suite.getAttribute("time")).isEqualTo("0");
            }
            assertCounts(root);
            assertThat(Integer.parseInt(root.getAttribute("failures"))).isEqualTo(result.failing().size());
        }
    }

    private static void assertCounts(Element suite) {
        assertThat(suite.getAttribute("tests"))
                .isEqualTo(String.valueOf(suite.getElementsByTagName("testcase").getLength()));
        assertThat(suite.getAttribute("failures"))
                .isEqualTo(String.valueOf(suite.getElementsByTagName("failure").getLength()));
        assertThat(suite.getAttribute("skipped"))
                .isEqualTo(String.valueOf(suite.getElementsByTagName("skipped").getLength()));
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
    }

    @Test
    void should_fail_open_findings_at_or_above_the_gate_skip_handled_ones_and_pass_the_rest() throws Exception {
        Document xml = parse(WRITER.render(CiFixtures.shop(Gate.DEFAULT)));
        List<String> cases = new ArrayList<>();
        NodeList all = xml.getElementsByTagName("testcase");
        for (int i = 0; i < all.getLength(); i++) {
            Element c = (Element) all.item(i);
            Element child = c.getElementsByTagName("*").getLength() == 0 ? null
                    : (Element) c.getElementsByTagName("*").item(0);
            cases.add(c.getAttribute("classname") + " | " + c.getAttribute("name") + " | " + c.getAttribute("file") + ":"
                    + c.getAttribute("line") + " | " + (child == null ? "passed"
                            : child.getTagName() + ": " + child.getAttribute("message")));
        }
        assertThat(cases).containsExactly(
                "Web server | INP05: OS command execution through SQL injection | models/shop.yaml:13 | skipped: "
                        + "accepted: Only parameterised queries reach the database; reviewed in SEC-12 (owner: Security team)",
                "Web server | AC01: Abuse of privileges | models/shop.yaml:13 | passed",
                "Web server | DS03: Footprinting | models/shop.yaml:13 | passed",
                "Web server | HA03: Web application fingerprinting | models/shop.yaml:13 | skipped: "
                        + "false positive: The server sends no version headers",
                "Orders DB | AC01: Abuse of privileges | models/shop.yaml:27 | skipped: mitigated: row-level security",
                "Orders DB | CI01: Backups of stored data are not described | models/shop.yaml:27 | passed",
                "Place order | DE01: Data interception | models/shop.yaml:35 | passed",
                "Place order | CR06: Tampering with communication channel settings | models/shop.yaml:35 | failure: "
                        + "High open finding CR06 fails the gate (fail on high)",
                "Store order | DE01: Data interception | models/shop.yaml:44 | passed",
                "Store order | CR06: Tampering with communication channel settings | models/shop.yaml:44 | failure: "
                        + "High open finding CR06 fails the gate (fail on high)",
                "Notify | DE01: Data interception | models/shop.yaml:47 | skipped: transferred (owner: Mail provider)",
                "Notify | CR06: Tampering with communication channel settings | models/shop.yaml:47 | failure: "
                        + "High open finding CR06 fails the gate (fail on high)");
    }

    @Test
    void should_explain_a_failure_in_its_text_which_gitlab_shows() throws Exception {
        Document xml = parse(WRITER.render(CiFixtures.shopAgainstBaseline(Gate.DEFAULT.onlyNewFindings())));
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("type")).isEqualTo("High");
        assertThat(failure.getAttribute("message"))
                .isEqualTo("High new open finding CR06 fails the gate (fail on high, new findings only)");
        assertThat(failure.getTextContent()).contains(
                "Tampering with communication channel settings (CR06)\n",
                "Element: Dataflow 'Place order' from 'Customer' to 'Web server'\n", "Severity: High\n",
                "Status: open (acceptance expired on 2026-01-31)\n", "Change: new\n",
                "Location: models/shop.yaml:35\n", "Fingerprint: ");
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);
    }

    @Test
    void should_number_cases_whose_class_and_name_repeat_in_a_suite() throws Exception {
        Model model = Model.named("m");
        dev.tmj.model.Element a = model.add(ElementType.SERVER, "a");
        dev.tmj.model.Element b = model.add(ElementType.SERVER, "b");
        model.dataflow(a, b, "call");
        model.dataflow(b, a, "call");
        ThreatLibrary library = ThreatLibrary.fromJson("[{\"SID\": \"F1\", \"target\": [\"Dataflow\"],"
                + " \"description\": \"Flow threat\", \"severity\": \"Low\", \"condition\": \"True\"}]", "f.json");
        Findings findings = Pipeline.of(model).threats(library).run().findings();
        CheckResult result = new CheckResult(Gate.DEFAULT, List.of(ModelCheck.of("m.py", findings, Gate.DEFAULT,
                Optional.empty(), location -> Optional.empty())));

        NodeList cases = parse(WRITER.render(result)).getElementsByTagName("testcase");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("F1: Flow threat");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("F1: Flow threat [2]");
        assertThat(((Element) cases.item(1)).getAttribute("classname")).isEqualTo("call");
    }

    @Test
    void should_write_hostile_names_as_well_formed_xml_that_reads_back_as_the_names() throws Exception {
        String xmlText = WRITER.renderText(CiFixtures.hostile());
        Document xml = parse(xmlText.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        String readable = CiFixtures.HOSTILE.replace('\u0000', '\uFFFD').replace('\u0007', '\uFFFD')
                .replace('\u001b', '\uFFFD').replace('\uD800', '\uFFFD');
        Element server = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(server.getAttribute("classname")).isEqualTo(readable + "server");
        assertThat(server.getAttribute("name")).isEqualTo(readable + "SID: " + readable);
        assertThat(server.getAttribute("file")).isEqualTo("dir with space/" + readable + ".py");
        assertThat(xmlText).doesNotContain("<script>", "]]>", "\u0000", "\u0007");
        Element skipped = (Element) xml.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getTextContent()).isEqualTo("accepted: " + readable.strip() + " (owner: " + readable.strip()
                + ")");
    }

    /** The shop twice, as two models of one check. */
    static CheckResult twoModels() {
        CheckResult one = CiFixtures.shop(Gate.DEFAULT);
        ModelCheck shop = one.models().get(0);
        return new CheckResult(Gate.DEFAULT, List.of(shop, ModelCheck.of("models/shop-copy.yaml", shop.findings(),
                Gate.DEFAULT, Optional.empty(), location -> Optional.empty())));
    }

    /** The JDK's parser, refusing DTDs and external entities as a CI server's should. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
