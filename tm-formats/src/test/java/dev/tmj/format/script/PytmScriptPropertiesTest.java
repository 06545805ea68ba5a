package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the text, {@link PytmScriptReader#read(String, String)} gives a {@link Model} or a one-line
 * {@link SourceException} with a position in the file: never a NullPointerException, ClassCastException,
 * IndexOutOfBoundsException, StackOverflowError ... The inputs are random strings, token soup after a valid
 * header, and mutations (deleted, inserted, replaced and duplicated text) of valid scripts.
 */
class PytmScriptPropertiesTest {
    private static final String HEADER = "from pytm import *\ntm = TM(\"Shop\")\n";

    private static final List<String> SNIPPETS = List.of(
            "(", ")", "[", "]", "{", "}", ",", ":", ".", "=", ";", "\n", "\r\n", "    ", "\t", "#", "\\\n", "\"",
            "'", "\"\"\"", "'''", "*", "**", "-", "+", "+=", "@", "0", "1", "-1", "3", "1.5", "1e5", "0x1F", "07",
            "99999999999999999999", "True", "False", "None", "\"Web\"", "'x'", "f\"x\"", "b'x'", "r'\\d'", "\"a\\n\"",
            "tm", "web", "db", "flow", "x", "__name__", "\"__main__\"", "pytm", "import ", "from ", " as ", "pass",
            "if ", "else", "for ", " in ", "def ", "class ", "lambda", "while ", "with ", "return", " and ", " or ",
            "not ", "==", "is", "TM", "Server", "Sever", "Actor", "Boundary", "Datastore", "Dataflow", "Data",
            "Process", "SetOfProcesses", "Lambda", "LLM", "Agent", "Element", "Asset", "ExternalEntity",
            "Assumption", "Finding", "Controls", "Classification", "TLSVersion", "Lifetime", "DatastoreType",
            "Action", ".SECRET", ".TLSv13", ".MANUAL", ".SQL", ".IGNORE", ".controls", ".isHardened", ".port",
            ".inBoundary", ".data", ".levels", ".overrides", ".assumptions", ".process()", ".name", "name=",
            "port=", "levels=", "data=", "threat_id=", "exclude=", "responseTo=", "source=", "sink=",
            "inBoundary=", "isOrdered=", "maxClassification=", "description=", "controls=", "print",
            "web = Server(\"Web\")\n", "db = Datastore(\"DB\")\n", "flow = Dataflow(web, db, \"f\")\n",
            "b = Boundary(\"B\")\n", "d = Data(\"d\")\n", "if __name__ == \"__main__\":\n    tm.process()\n",
            "web.overrides = [Finding(threat_id=\"INP02\")]\n", "tm.assumptions = [Assumption(\"a\")]\n",
            "\u00e9", "\u2028", "\uFEFF", "\u0000", "$", "?", "!", "`");

    private static final List<String> SEEDS = List.of(
            resource("every_construct.py"),
            HEADER + "web = Server(\"Web\", port=443)\nweb.controls.isHardened = True\n"
                    + "db = Datastore(\"DB\", inBoundary=Boundary(\"B\"))\n"
                    + "flow = Dataflow(web, db, \"q\", data=\"x\")\n"
                    + "flow.overrides = [Finding(threat_id=\"DE01\", response=\"ok\")]\n"
                    + "if __name__ == \"__main__\":\n    tm.process()\n");

    @Property(tries = 1000)
    void any_unicode_text_gives_a_model_or_a_source_exception(@ForAll("unicodeText") String text) {
        readCleanly(text);
    }

    @Property(tries = 1000)
    void python_like_text_gives_a_model_or_a_source_exception(@ForAll("pythonLikeText") String text) {
        readCleanly(text);
        readCleanly(HEADER + text);
    }

    @Property(tries = 2000)
    void token_soup_after_a_valid_header_gives_a_model_or_a_source_exception(@ForAll("tokenSoup") String text) {
        readCleanly(HEADER + text);
    }

    @Property(tries = 2000)
    void mutated_scripts_give_a_model_or_a_source_exception(@ForAll("mutatedScripts") String text) {
        readCleanly(text);
    }

    @Provide
    Arbitrary<String> unicodeText() {
        return Arbitraries.strings().all().ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> pythonLikeText() {
        return Arbitraries.strings().withChars("()[]{}:=.,;'\"\n \t#\\*+-@abcxyzTMS019_").ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(SNIPPETS).list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mutatedScripts() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), Arbitraries.of(SNIPPETS))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMinSize(1).ofMaxSize(4))
                .as((seed, mutations) -> {
                    String text = seed;
                    for (Mutation m : mutations) {
                        text = m.apply(text);
                    }
                    return text;
                });
    }

    /** One edit of a script: where, how much and what. */
    record Mutation(int kind, double where, double extent, String snippet) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + 1 + (int) (extent * 20));
            return switch (kind) {
                case 0 -> text.substring(0, at) + text.substring(end);
                case 1 -> text.substring(0, at) + snippet + text.substring(at);
                case 2 -> text.substring(0, at) + snippet + text.substring(end);
                case 3 -> swapLines(text, where, extent);
                default -> text.substring(0, end) + text.substring(at);
            };
        }

        private static String swapLines(String text, double first, double second) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int a = (int) (first * lines.size());
            int b = (int) (second * lines.size());
            if (a < lines.size() && b < lines.size()) {
                String line = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, line);
            }
            return String.join("\n", lines);
        }
    }

    private static void readCleanly(String text) {
        try {
            Model model = PytmScriptReader.read(text, "fuzz.py");
            assertThat(model).isNotNull();
            assertThat(model.location()).isPresent();
            Statistics.label("outcome").collect("model");
        } catch (SourceException e) {
            assertThat(e.file()).isEqualTo("fuzz.py");
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).startsWith("fuzz.py:" + e.line() + ":" + e.column() + ": ")
                    .doesNotContain("\n").doesNotContain("\r");
            assertThat(e.reason()).isNotBlank();
            Statistics.label("outcome").collect(e.line() <= 2 ? "error in the first two lines" : "error after them");
        }
    }

    private static String resource(String name) {
        try (InputStream in = PytmScriptPropertiesTest.class.getResourceAsStream("/script/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
