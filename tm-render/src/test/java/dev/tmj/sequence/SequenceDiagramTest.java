package dev.tmj.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tmj.dsl.AbstractElementSpec;
import dev.tmj.dsl.PytmModels;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.format.ModelFiles;
import dev.tmj.model.Model;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Findings;
import dev.tmj.testing.SharedData;
import dev.tmj.threat.ThreatLibrary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sourceforge.plantuml.FileFormat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** tmj's --seq output: structure against pytm's real output, golden files, escaping, SVG and PNG. */
class SequenceDiagramTest {
    private static final Pattern PARTICIPANT = Pattern.compile("(actor|database|entity) (\\S+) as \"(.*)\"");
    private static final Pattern MESSAGE = Pattern.compile("(\\S+) -> (\\S+): (.*)");

    /** What a sequence diagram says, with ids replaced by the participants' labels. */
    record Structure(List<String> participants, List<String> messages) {
    }

    /** Reads PlantUML as pytm and tmj write it; {@code decode} undoes tmj's escaping. */
    static Structure structure(String plantUml, boolean decode) {
        List<String> lines = Arrays.asList(plantUml.split("\n", -1));
        assertThat(lines.get(0)).isEqualTo("@startuml");
        List<String> participants = new ArrayList<>();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        List<String> messages = new ArrayList<>();
        int i = 1;
        for (; !lines.get(i).isEmpty(); i++) {
            Matcher m = PARTICIPANT.matcher(lines.get(i));
            assertThat(m.matches()).as(lines.get(i)).isTrue();
            String label = decode ? PlantUmlText.decode(m.group(3)) : m.group(3);
            participants.add(m.group(1) + " " + label);
            labels.put(m.group(2), label);
        }
        for (i++; !lines.get(i).equals("@enduml"); i++) {
            if (lines.get(i).equals("note left")) {
                StringBuilder note = new StringBuilder();
                for (i++; !lines.get(i).equals("end note"); i++) {
                    note.append(note.length() > 0 ? "\n" : "").append(decode ? PlantUmlText.decode(lines.get(i))
                            : lines.get(i));
                }
                messages.add("note: " + note);
                continue;
            }
            Matcher m = MESSAGE.matcher(lines.get(i));
            assertThat(m.matches()).as(lines.get(i)).isTrue();
            assertThat(labels).as("declared participants").containsKeys(m.group(1), m.group(2));
            messages.add(labels.get(m.group(1)) + " -> " + labels.get(m.group(2)) + ": "
                    + (decode ? PlantUmlText.decode(m.group(3)) : m.group(3)));
        }
        return new Structure(participants, messages);
    }

    private static Structure pytm(String file) throws IOException {
        return structure(Files.readString(SharedData.model(file)), false);
    }

    private static Structure upstream(String file) throws IOException {
        return structure(Files.readString(SharedData.pytm().resolve("upstream").resolve(file)), false);
    }

    @Test
    void should_draw_the_same_participants_messages_and_notes_as_pytm_for_webapp() throws IOException {
        String mine = diagram(PytmModels.webapp()).toPlantUml();
        assertThat(structure(mine, true)).isEqualTo(pytm("webapp.seq.plantuml"));
    }

    @Test
    void should_draw_the_same_participants_messages_and_notes_as_pytm_for_pipeline() throws IOException {
        String mine = diagram(PytmModels.pipeline()).toPlantUml();
        assertThat(structure(mine, true)).isEqualTo(pytm("pipeline.seq.plantuml"));
    }

    /** pytm's own tm.py, read unchanged, against its {@code --seq} output. */
    @Test
    void should_draw_pytms_own_tm_py_as_pytm_does() throws IOException {
        Model model = ModelFiles.read(SharedData.pytm().resolve("upstream").resolve("tm.py"));

        String mine = SequenceDiagram.of(CheckedModel.of(model)).toPlantUml();

        assertThat(structure(mine, true)).isEqualTo(upstream("tm.seq.plantuml"));
    }

    /** pytm's tests/seq.plantuml: test_seq's model. */
    @Test
    void should_match_pytms_own_sequence_fixture() throws IOException {
        String mine = diagram(pytmTestModel(false)).toPlantUml();
        assertThat(structure(mine, true)).isEqualTo(upstream("seq.plantuml"));
    }

    /** pytm's tests/seq_unused.plantuml: ignoreUnused drops the lambda and reorders the participants. */
    @Test
    void should_match_pytms_fixture_for_ignore_unused() throws IOException {
        String mine = diagram(pytmTestModel(true)).toPlantUml();
        assertThat(structure(mine, true)).isEqualTo(upstream("seq_unused.plantuml"));
    }

    private static ThreatModel pytmTestModel(boolean unused) {
        ThreatModel tm = ThreatModel.named("my test tm").description("aaa");
        if (unused) {
            tm.ignoreUnused();
        } else {
            tm.ordered();
        }
        var internet = tm.boundary("Internet");
        var serverDb = tm.boundary("Server/DB");
        var user = tm.actor("User").in(internet);
        var web = tm.server("Web Server");
        var db = tm.datastore("SQL Database").in(serverDb);
        if (unused) {
            tm.lambda("Unused Lambda");
        }
        tm.dataflow(user, web, "User enters comments (*)").note("bbb");
        tm.dataflow(web, db, "Insert query with comments").note("ccc");
        tm.dataflow(db, web, "Retrieve comments");
        tm.dataflow(web, user, "Show comments (*)");
        return tm;
    }

    /** Reviewed once by eye; rewrite with {@code -Dtmj.updateGolden=true} after a deliberate change. */
    @Test
    void should_write_the_reviewed_golden_files() throws IOException {
        assertGolden("webapp.puml", diagram(PytmModels.webapp()).toPlantUml());
        assertGolden("pipeline.puml", diagram(PytmModels.pipeline()).toPlantUml());
        assertGolden("pytm-test-model.puml", diagram(pytmTestModel(false)).toPlantUml());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("tmj.updateGolden")) {
            Files.writeString(Path.of("src/test/resources/sequence", name), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as(name).isEqualTo(golden(name));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SequenceDiagramTest.class.getResourceAsStream("/sequence/" + name)) {
            assertThat(in).as("resource /sequence/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void should_give_unique_stable_ids_in_pytms_shape() {
        ThreatModel tm = ThreatModel.named("ids");
        var a = tm.server("Web 1");
        var b = tm.server("Web 2");
        var c = tm.datastore("Bäckerei DB");
        tm.dataflow(a, b, "x");
        tm.dataflow(b, c, "y");
        SequenceDiagram diagram = diagram(tm);
        assertThat(diagram.participants()).extracting(SequenceDiagram.Participant::id)
                .containsExactly("server_Web_1", "server_Web_2", "datastore_BckereiDB_3");
        assertThat(diagram.toPlantUml()).isEqualTo(diagram(tm).toPlantUml());
    }

    @Test
    void should_declare_a_boundary_that_a_flow_touches() {
        ThreatModel tm = ThreatModel.named("b");
        var zone = tm.boundary("Zone");
        var user = tm.actor("User");
        tm.dataflow(user, zone, "into the zone");
        Structure s = structure(diagram(tm).toPlantUml(), true);
        assertThat(s.participants()).containsExactly("entity Zone", "actor User");
        assertThat(s.messages()).containsExactly("User -> Zone: into the zone");
    }

    // ------------------------------------------------------------------ escaping

    private static final List<String> HOSTILE = List.of(
            "Quote \" and \"\" mono \"\" end",
            "<b>bold</b> <color:red>red</color> <img:http://example.invalid/x.png> <&star>",
            "**bold** //italic// --strike-- __under__ ~~wave~~ ~escape",
            "[[http://example.invalid link]] {{ embedded }} <U+0041>",
            "back\\nslash \\t and %date() %getenv(\"HOME\") $var !include x",
            "@enduml @startuml 'comment /' block '/",
            "amp &#65; &amp; &lt; <script>alert(1)</script>",
            "= heading | table | * bullet # numbered");

    @Test
    void should_show_hostile_names_and_notes_as_written_in_svg() throws Exception {
        ThreatModel tm = ThreatModel.named("hostile");
        List<AbstractElementSpec<?>> nodes = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            nodes.add(i % 2 == 0 ? tm.actor(HOSTILE.get(i)) : tm.datastore(HOSTILE.get(i)));
        }
        String note = "end note\n  end note\n@enduml\n!include /etc/passwd\n' not a comment\nnote left";
        for (int i = 0; i + 1 < nodes.size(); i++) {
            var flow = tm.dataflow(nodes.get(i), nodes.get(i + 1), HOSTILE.get(HOSTILE.size() - 1 - i));
            if (i == 0) {
                flow.note(note);
            }
        }
        String plantUml = diagram(tm).toPlantUml();
        assertThat(structure(plantUml, true).participants()).hasSize(HOSTILE.size());
        assertThat(plantUml.lines().filter(l -> l.equals("@enduml"))).hasSize(1);
        assertThat(plantUml.lines().filter(l -> l.equals("end note"))).hasSize(1);

        String svg = SequenceRenderer.svg().renderText(findings(tm));
        Document doc = parseXml(svg);
        String texts = texts(doc);
        for (String name : HOSTILE) {
            assertThat(texts).as("participant and message text").contains(name);
        }
        for (String line : note.split("\n")) {
            assertThat(texts).as("note line").contains(line.strip());
        }
        // Nothing was interpreted: no links, no embedded images, one text per participant label (twice: top and
        // bottom of the lifeline) and per message.
        assertThat(doc.getElementsByTagName("a").getLength()).isZero();
        assertThat(doc.getElementsByTagName("image").getLength()).isZero();
        for (String name : HOSTILE) {
            // HOSTILE[0] names no message.
            assertThat(count(doc, name)).as(name).isEqualTo(name.equals(HOSTILE.get(0)) ? 2 : 3);
        }
    }

    @Test
    void should_keep_line_breaks_of_names_and_neutralise_characters_svg_cannot_hold() throws Exception {
        ThreatModel tm = ThreatModel.named("breaks");
        var a = tm.actor("first line\nsecond line");
        var b = tm.server("bell\u0007 nul\u0000 rtl\u202Eevil");
        tm.dataflow(a, b, "flow\r\nname").note("line one\n\nline three");
        String svg = SequenceRenderer.svg().renderText(findings(tm));
        String texts = texts(parseXml(svg));
        assertThat(texts).contains("first line", "second line", "flow", "name", "line one", "line three",
                "bell\uFFFD nul\uFFFD rtl\uFFFDevil");
        assertThat(texts).doesNotContain("\u202E");
    }

    @Test
    void should_render_an_empty_name() {
        ThreatModel tm = ThreatModel.named("empty");
        var a = tm.actor(" ");
        var b = tm.server("b");
        tm.dataflow(a, b, "");
        assertThatCode(() -> SequenceRenderer.svg().render(findings(tm))).doesNotThrowAnyException();
    }

    @Test
    void should_escape_every_markup_character_and_nothing_else() {
        assertThat(PlantUmlText.label("a\"b<c>*d/e\\n%f$g")).isEqualTo("a&#34;b&#60;c>*d/e&#92;n&#37;f&#36;g");
        // What pytm writes plainly, tmj writes plainly too: only markup is escaped.
        assertThat(PlantUmlText.label("User enters comments (*)")).isEqualTo("User enters comments (*)");
        assertThat(PlantUmlText.label("R&D a/b Web-App a < b > c 1<2 x - y * z"))
                .isEqualTo("R&D a/b Web-App a < b > c 1<2 x - y * z");
        assertThat(PlantUmlText.label("**b** //i// --s-- __u__ ==h== [[l]] {{e}} /'c'/ &#65; &amp; <b> <&x>"))
                .isEqualTo("&#42;&#42;b&#42;&#42; &#47;&#47;i&#47;&#47; &#45;&#45;s&#45;&#45; &#95;&#95;u&#95;&#95; "
                        + "&#61;&#61;h&#61;&#61; &#91;&#91;l&#93;&#93; &#123;&#123;e&#125;&#125; &#47;&#39;c&#39;&#47; "
                        + "&#38;#65; &#38;amp; &#60;b> &#60;&x>");
        assertThat(PlantUmlText.noteBody("!include x\n@enduml\n' c\n* item\nplain a-b")).isEqualTo(
                "&#33;include x\n&#64;enduml\n&#39; c\n&#42; item\nplain a-b");
        assertThat(PlantUmlText.label("(1) Post comment, ok.")).isEqualTo("(1) Post comment, ok.");
        assertThat(PlantUmlText.noteBody("end note\n x\n  EndNote")).isEqualTo("&#101;nd note\n x\n  &#69;ndNote");
        assertThat(PlantUmlText.decode(PlantUmlText.label("x\"<b>\ny"))).isEqualTo("x\"<b>\ny");
    }

    // ------------------------------------------------------------------ images

    @Test
    void should_render_well_formed_deterministic_svg() throws Exception {
        String svg = SequenceRenderer.svg().renderText(findings(PytmModels.webapp()));
        Document doc = parseXml(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(texts(doc)).contains("Visitor", "Web server", "Comments DB", "Cleanup function",
                "(1) Post comment", "Comments are markdown", "(5) Purge old comments");
        assertThat(SequenceRenderer.svg().renderText(findings(PytmModels.webapp()))).isEqualTo(svg);
    }

    @Test
    void should_render_png() {
        byte[] png = SequenceRenderer.png().render(findings(PytmModels.pipeline()));
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        assertThat(png.length).isGreaterThan(1000);
    }

    @Test
    void should_refuse_text_plantuml_cannot_read() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SequenceImages.image("@startuml\nthis is -> not ->\n"
                + "@enduml\n", FileFormat.SVG)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The diagram of the checked model: a sequence diagram shows elements and flows, not findings. */
    private static SequenceDiagram diagram(ThreatModel tm) {
        return SequenceDiagram.of(CheckedModel.of(tm.model()));
    }

    /** The model resolved against no threats: a sequence diagram shows elements and flows, not findings. */
    private static Findings findings(ThreatModel tm) {
        return tm.resolve(ThreatLibrary.of("none", List.of()));
    }

    static Document parseXml(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every text element's content, one per line. */
    static String texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.append(nodes.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }

    private static int count(Document doc, String text) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().equals(text)) {
                n++;
            }
        }
        return n;
    }
}
