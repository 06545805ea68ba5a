package dev.tmj.condition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmj.model.Classification;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.Model;
import dev.tmj.model.TLSVersion;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.opentest4j.TestAbortedException;

/**
 * Properties of the condition front end on hostile input: {@link Condition#compile} either returns a condition or
 * throws a {@link ConditionException} with a position inside the text (never a StackOverflowError, NPE,
 * IndexOutOfBoundsException, NumberFormatException ...), and a condition that compiles either answers or throws
 * {@link EvaluationException} when it runs. The seeds are random strings, mutations of pytm's 113 real conditions
 * (from {@code ../shared/pytm/threats.json}, or a built-in sample when that is absent), generated expressions and
 * deep nesting.
 */
class ConditionParserPropertiesTest {

    // ---------------------------------------------------------------------------------------------------------
    // (a) random strings

    @Property(tries = 1000)
    void any_unicode_string_compiles_or_fails_with_a_positioned_condition_exception(
            @ForAll("unicodeText") String text) {
        compileCleanly(text);
    }

    @Property(tries = 1000)
    void any_ascii_string_compiles_or_fails_with_a_positioned_condition_exception(@ForAll("asciiText") String text) {
        compileCleanly(text);
    }

    @Property(tries = 1500)
    void bracket_and_quote_heavy_strings_compile_or_fail_with_a_positioned_condition_exception(
            @ForAll("bracketHeavyText") String text) {
        runCleanly(text);
    }

    @Property(tries = 1500)
    void token_soup_compiles_or_fails_with_a_positioned_condition_exception(@ForAll("tokenSoup") String text) {
        runCleanly(text);
    }

    @Provide
    Arbitrary<String> unicodeText() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> asciiText() {
        return Arbitraries.strings().ascii().ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> bracketHeavyText() {
        return Arbitraries.strings().withChars("()[]{}'\"\\.,:;=<>!+-*/%&|^~@#$ \n\r\t_xyzaefrRbBuUoOjJ0123456789")
                .ofMaxLength(60);
    }

    private static final List<String> TOKENS = List.of("target", ".", "controls", "isHardened", "inBoundary", "name",
            "data", "inputs", "outputs", "source", "sink", "port", "d", "f", "x", "(", ")", "[", "]", "{", "}", ",",
            ":", "and", "or", "not", "is", "in", "if", "else", "for", "lambda", "True", "False", "None", "0", "1",
            "-1", "2.5", "1e3", "0x1F", "9223372036854775807", "'s'", "\"s\"", "''", "'''", "==", "!=", "<", "<=",
            ">", ">=", "+", "-", "*", "**", "/", "//", "%", "&", "|", "^", "~", "<<", ">>", "any", "all", "len", "min",
            "max", "sum", "oneOf", "crosses", "enters", "exits", "inside", "checkTLSVersion", "hasDataLeaks",
            "Server", "Dataflow", "Boundary", "Classification", "SECRET", "TLSVersion", "TLSv12", "Lifetime",
            "HARDCODED", "__class__", "=", "\\", "#", "\n", "f'", "r'", "b'", "@", ";", "...", ":=", "\t", " ");

    @Provide
    Arbitrary<String> tokenSoup() {
        return Combinators.combine(Arbitraries.of(TOKENS).list().ofMaxSize(25), Arbitraries.of("", " "))
                .as((tokens, separator) -> String.join(separator, tokens));
    }

    // ---------------------------------------------------------------------------------------------------------
    // (b) and (d): mutations of pytm's real conditions; what compiles must run or raise EvaluationException

    @Property(tries = 3000)
    void mutated_pytm_conditions_compile_or_fail_cleanly_and_run_or_raise_evaluation_exception(
            @ForAll("mutatedConditions") String text) {
        runCleanly(text);
    }

    @Property(tries = 113)
    void unmutated_pytm_conditions_compile_and_run_on_every_default_element(@ForAll("realCondition") String text) {
        assertThat(compileCleanly(text)).as("pytm's condition %s", text).isNotNull();
        runCleanly(text);
    }

    @Example
    void the_real_conditions_are_pytms_113_active_ones_when_the_shared_data_is_present() {
        Assume.that(sharedThreatsJson() != null);

        assertThat(REAL_CONDITIONS).hasSize(113).allSatisfy(c -> assertThat(c).isNotBlank());
    }

    @Provide
    Arbitrary<String> realCondition() {
        return Arbitraries.of(REAL_CONDITIONS);
    }

    @Provide
    Arbitrary<String> mutatedConditions() {
        return Combinators.combine(Arbitraries.of(REAL_CONDITIONS), mutation().list().ofMinSize(1).ofMaxSize(4))
                .as((condition, mutations) -> {
                    String text = condition;
                    for (Mutation m : mutations) {
                        text = m.applyTo(text);
                    }
                    return text;
                });
    }

    /** Characters and tokens that insertions draw from: the ones most likely to confuse a lexer or parser. */
    private static final List<String> INSERTIONS = List.of("(", ")", "[", "]", "{", "}", "'", "\"", ".", ",", ":",
            "=", "==", "<", ">", "!", "\\", "#", "\n", " ", "_", "__", "0", "9", "e", "x", "f", "r", "b", "-", "+",
            "*", "**", "/", "%", "~", "@", ";", "not ", " and ", " or ", " is ", " in ", " for ", " if ", " else ",
            "lambda ", "None", "True", "1e", "0x", "1_", ".5", "'''", "\"\"\"", "\u0663", "\uD83D", "\u00e9", "\t");

    enum Operation { DELETE, INSERT, SWAP, TRUNCATE, DELETE_RUN, DUPLICATE }

    /** One edit of a condition; positions are taken modulo the text's length so that any text can be edited. */
    record Mutation(Operation operation, int first, int second, String token) {
        String applyTo(String s) {
            int n = s.length();
            if (n == 0 || operation == Operation.INSERT) {
                int at = first % (n + 1);
                return s.substring(0, at) + token + s.substring(at);
            }
            int i = first % n;
            int j = second % n;
            return switch (operation) {
                case DELETE -> s.substring(0, i) + s.substring(i + 1);
                case SWAP -> swap(s, i, j);
                case TRUNCATE -> s.substring(0, i);
                case DELETE_RUN -> s.substring(0, i) + s.substring(Math.min(n, i + 2 + second % 7));
                case DUPLICATE -> s.substring(0, Math.max(i, j)) + s.substring(Math.min(i, j), Math.max(i, j))
                        + s.substring(Math.max(i, j));
                default -> throw new IllegalStateException(operation.name());
            };
        }
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Operation> operation = Arbitraries.frequency(Tuple.of(3, Operation.DELETE),
                Tuple.of(4, Operation.INSERT), Tuple.of(3, Operation.SWAP), Tuple.of(2, Operation.TRUNCATE),
                Tuple.of(1, Operation.DELETE_RUN), Tuple.of(1, Operation.DUPLICATE));
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 1_000);
        return Combinators.combine(operation, position, position, Arbitraries.of(INSERTIONS)).as(Mutation::new);
    }

    private static String swap(String s, int i, int j) {
        char[] chars = s.toCharArray();
        char c = chars[i];
        chars[i] = chars[j];
        chars[j] = c;
        return new String(chars);
    }

    // ---------------------------------------------------------------------------------------------------------
    // (d) generated expressions that mostly compile, to drive the evaluator through every operator and value type

    @Property(tries = 3000)
    void generated_expressions_compile_or_fail_cleanly_and_run_or_raise_evaluation_exception(
            @ForAll("expressions") String text) {
        runCleanly(text);
    }

    private static final List<String> ATOMS = List.of("True", "False", "None", "0", "1", "-1", "2", "443", "2.5",
            "0.0", "''", "'x'", "'HTTPS'", "[]", "()", "{}", "[1, 2, 3]", "(0, '', None)", "{'a': 1}", "{1, 2}",
            "9223372036854775807", "target", "target.name", "target.port", "target.inBoundary", "target.data",
            "target.inputs", "target.outputs", "target.controls", "target.controls.isHardened",
            "target.maxClassification", "target.minTLSVersion", "target.source", "target.sink", "target.tlsVersion",
            "target.sink.inBoundary", "target.source.controls.isEncrypted", "target.levels", "target.type",
            "target.isResponse", "target.protocol", "Classification.SECRET", "TLSVersion.TLSv12", "Lifetime.HARDCODED",
            "DatastoreType.SQL", "Server", "Boundary", "target.hasDataLeaks()", "target.checkTLSVersion(target.inputs)",
            "target.oneOf(Server, Datastore)", "target.crosses(Boundary)", "target.enters(target.sink.inBoundary)",
            "target.exits(Boundary)", "target.inside(target.inBoundary)", "x", "x.name", "x.classification",
            "x.isCredentials", "x.sink", "x.tlsVersion");
    private static final List<String> ITERABLES = List.of("target.data", "target.inputs", "target.outputs",
            "[1, 2, 3]", "'abc'", "(None, 0, '')", "target.levels", "{1: 2}", "target.name", "[]");
    private static final List<String> BINARY = List.of("+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<",
            ">>");
    private static final List<String> COMPARE = List.of("==", "!=", "<", "<=", ">", ">=", "is", "is not", "in",
            "not in");

    @Provide
    Arbitrary<String> expressions() {
        return expression(3);
    }

    private static Arbitrary<String> expression(int depth) {
        Arbitrary<String> atom = Arbitraries.of(ATOMS);
        if (depth == 0) {
            return atom;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> expression(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, atom),
                Tuple.of(1, sub.map(e -> "not " + e)),
                Tuple.of(1, Combinators.combine(Arbitraries.of("-", "+", "~"), sub).as((op, e) -> op + "(" + e + ")")),
                Tuple.of(2, Combinators.combine(sub, Arbitraries.of(BINARY), sub)
                        .as((a, op, b) -> "(" + a + " " + op + " " + b + ")")),
                Tuple.of(2, Combinators.combine(sub, Arbitraries.of(COMPARE), sub, Arbitraries.of(COMPARE), sub)
                        .as((a, op1, b, op2, c) -> a + " " + op1 + " " + b + " " + op2 + " " + c)),
                Tuple.of(2, Combinators.combine(sub, Arbitraries.of("and", "or"), sub)
                        .as((a, op, b) -> "(" + a + " " + op + " " + b + ")")),
                Tuple.of(1, Combinators.combine(sub, sub, sub).as((a, b, c) -> "(" + a + " if " + b + " else " + c + ")")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("any", "all", "len", "min", "max", "sum"), sub)
                        .as((f, a) -> f + "(" + a + ")")),
                Tuple.of(2, Combinators.combine(Arbitraries.of("any", "all", "min", "max", "sum", ""), sub,
                        Arbitraries.of(ITERABLES), sub).as((f, e, it, cond) -> f + "(" + e + " for x in " + it
                                + " if " + cond + ")")),
                Tuple.of(1, Combinators.combine(sub, sub).as((a, i) -> "(" + a + ")[" + i + "]")),
                Tuple.of(1, Combinators.combine(sub, sub, sub).as((a, l, u) -> "(" + a + ")[" + l + ":" + u + "]")),
                Tuple.of(1, sub.list().ofMaxSize(3).map(l -> "[" + String.join(", ", l) + "]")),
                Tuple.of(1, sub.list().ofMaxSize(3).map(l -> "(" + String.join(", ", l) + ",)")),
                Tuple.of(1, Combinators.combine(Arbitraries.of("oneOf", "crosses", "enters", "exits", "inside",
                        "checkTLSVersion"), sub).as((m, a) -> "target." + m + "(" + a + ")")));
    }

    // ---------------------------------------------------------------------------------------------------------
    // (c) deep nesting is refused with a ConditionException, never a StackOverflowError

    @Example
    void ten_thousand_open_parentheses_give_a_condition_exception() {
        assertTooDeep("(".repeat(10_000));
        assertTooDeep("(".repeat(10_000) + "1" + ")".repeat(10_000));
    }

    @Example
    void ten_thousand_nots_give_a_condition_exception() {
        assertTooDeep("not ".repeat(10_000) + "True");
    }

    @Example
    void a_hundred_thousand_attribute_names_in_a_chain_give_a_condition_exception() {
        assertTooDeep("target" + ".a".repeat(100_000));
        assertTooDeep("a.a" + ".a".repeat(100_000));
    }

    @Example
    void a_sum_of_a_hundred_thousand_terms_gives_a_condition_exception() {
        assertTooDeep("1" + "+1".repeat(99_999));
        assertTooDeep("1" + " * 1".repeat(99_999) + " == 1");
    }

    @Example
    void other_deep_nestings_give_a_condition_exception() {
        assertTooDeep("[".repeat(10_000));
        assertTooDeep("{".repeat(10_000) + "}".repeat(10_000));
        assertTooDeep("-".repeat(100_000) + "1");
        assertTooDeep("2 ** ".repeat(10_000) + "2");
        assertTooDeep("x if x else ".repeat(10_000) + "x");
        assertTooDeep("any(".repeat(10_000) + "[]" + ")".repeat(10_000));
        assertTooDeep("target.inputs" + "[0]".repeat(100_000));
        assertTooDeep("target.oneOf(" .repeat(10_000) + "Server" + ")".repeat(10_000));
    }

    @Example
    void long_flat_chains_of_and_or_and_comparisons_compile_and_run_without_deep_recursion() {
        Element web = DEFAULT_ELEMENTS.get(0);

        assertThat(Condition.compile("True" + " or True".repeat(100_000)).test(web)).isTrue();
        assertThat(Condition.compile("True" + " and True".repeat(100_000)).test(web)).isTrue();
        assertThat(Condition.compile("1" + " <= 1".repeat(100_000)).test(web)).isTrue();
        assertThat(Condition.compile("'a' " + "'a' ".repeat(100_000) + "!= ''").test(web)).isTrue();
        assertThat(Condition.compile("not ".repeat(40) + "True").test(web)).isTrue();
        assertThat(Condition.compile("(".repeat(40) + "1" + ")".repeat(40)).test(web)).isTrue();
    }

    private static final List<Tuple.Tuple2<String, String>> NESTINGS = List.of(Tuple.of("(", ")"),
            Tuple.of("[", "]"), Tuple.of("{", "}"), Tuple.of("not ", ""), Tuple.of("-", ""), Tuple.of("~", ""),
            Tuple.of("+", ""), Tuple.of("2 ** ", ""), Tuple.of("1 if True else ", ""), Tuple.of("any([", "])"),
            Tuple.of("len((", ",))"), Tuple.of("(1, ", ")"), Tuple.of("[x for x in [", "]]"), Tuple.of("{1: ", "}"),
            Tuple.of("target.inputs[", "]"), Tuple.of("(1 + ", ")"), Tuple.of("1 + ", ""), Tuple.of("1 * ", ""),
            Tuple.of("f(", ")"), Tuple.of("a.", ""), Tuple.of("target.oneOf(", ")"));

    @Property(tries = 150)
    void any_nesting_compiles_or_fails_cleanly_and_deep_nesting_fails_as_too_deep(
            @ForAll("nesting") Tuple.Tuple2<String, String> nesting, @ForAll @IntRange(min = 1, max = 12_000) int depth,
            @ForAll boolean closed) {
        String text = nesting.get1().repeat(depth) + "1" + (closed ? nesting.get2().repeat(depth) : "");
        Statistics.label("depth").collect(depth < 30 ? "< 30" : depth < 1000 ? "30 to 999" : ">= 1000");

        Condition condition = compileCleanly(text);

        if (depth >= 1000) {
            assertThat(condition).as("a condition nested %d deep", depth).isNull();
            assertThat(lastFailure.get().reason()).contains("nested too deeply");
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> nesting() {
        return Arbitraries.of(NESTINGS);
    }

    private static void assertTooDeep(String text) {
        assertThat(compileCleanly(text)).as("compiled a deeply nested condition").isNull();
        assertThat(lastFailure.get().reason()).contains("nested too deeply");
    }

    // ---------------------------------------------------------------------------------------------------------
    // What "cleanly" means

    private static final ThreadLocal<ConditionException> lastFailure = new ThreadLocal<>();

    /**
     * Compiles for every element type: returns the condition, or null after checking that the ConditionException
     * has a reason and a line and column inside the text. Any other throwable fails the property.
     */
    private static Condition compileCleanly(String text) {
        lastFailure.remove();
        try {
            Condition condition = Condition.compile(text);
            Statistics.label("compile").collect("compiled");
            return condition;
        } catch (ConditionException e) {
            Statistics.label("compile").collect("ConditionException");
            lastFailure.set(e);
            List<String> lines = lines(text);
            assertThat(e.reason()).as("reason for %s", quoted(text)).isNotBlank();
            assertThat(e.line()).as("line of %s in %s", e.getMessage(), quoted(text)).isBetween(1, lines.size());
            assertThat(e.column()).as("column of %s in %s", e.getMessage(), quoted(text))
                    .isBetween(1, lines.get(e.line() - 1).length() + 1);
            assertThat(e.getMessage()).contains("column " + e.column());
            return null;
        } catch (Throwable t) { // StackOverflowError, NullPointerException, IndexOutOfBoundsException ...
            throw new AssertionError("compile threw " + t + " instead of ConditionException for " + quoted(text), t);
        }
    }

    /** Compiles, and when that works evaluates on every default element and every element of a checked model. */
    private static void runCleanly(String text) {
        Condition condition = compileCleanly(text);
        if (condition == null) {
            return;
        }
        for (List<Element> elements : List.of(DEFAULT_ELEMENTS, CHECKED_ELEMENTS)) {
            for (Element element : elements) {
                try {
                    Statistics.label("test").collect(condition.test(element) ? "true" : "false");
                } catch (EvaluationException e) {
                    Statistics.label("test").collect("EvaluationException");
                    assertThat(e.getMessage()).isNotBlank();
                } catch (Throwable t) { // ClassCastException, UnknownAttributeException, StackOverflowError ...
                    throw new AssertionError("test() on " + element.label() + " threw " + t
                            + " instead of a boolean or EvaluationException for " + quoted(text), t);
                }
            }
        }
    }

    /** Lines as the lexer counts them: \r\n, \r and \n end a line. */
    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp >= 0x20 && cp < 0x7f) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("\\u%04x", cp));
            }
        });
        return out.append('"').toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fixtures: pytm's conditions and the elements conditions run on

    /** A sample of pytm's condition forms (PYTM_FACTS §2.4), used when ../shared/pytm is absent. */
    private static final List<String> SAMPLE_CONDITIONS = List.of(
            "target.controls.isHardened is False",
            "target.usesEnvironmentVariables is True and target.controls.sanitizesInput is False",
            "target.protocol == 'HTTP' and target.usesSessionTokens is True",
            "target.protocol != 'HTTPS' or target.controls.isEncrypted is False",
            "not target.controls.isEncrypted or (target.source.inScope and not target.isResponse)",
            "target.tlsVersion < target.sink.minTLSVersion",
            "any(d.isCredentials for d in target.data) and not target.controls.isEncrypted",
            "any(d.credentialsLife in (Lifetime.UNKNOWN, Lifetime.LONG, Lifetime.MANUAL, Lifetime.HARDCODED) "
                    + "for d in target.data)",
            "any(d.credentialsLife == Lifetime.HARDCODED for d in target.data)",
            "any(d.format == 'XML' for d in target.data) and target.controls.validatesInput is False",
            "any(d.isStored and d.isDestEncryptedAtRest for d in target.data)",
            "target.hasDataLeaks()",
            "target.checkTLSVersion(target.inputs)",
            "(target.sink.inScope and not target.sink.controls.providesIntegrity) or "
                    + "(target.source.inScope and not target.source.controls.providesIntegrity)",
            "target.environment == 'Production' and target.controls.hasAccessControl is False");

    private static Path sharedThreatsJson() {
        try {
            Path path = SharedData.threatsJson();
            return Files.isRegularFile(path) ? path : null;
        } catch (TestAbortedException absent) { // SharedData signals absence through a JUnit assumption
            return null;
        }
    }

    private static final List<String> REAL_CONDITIONS = loadConditions();

    private static List<String> loadConditions() {
        Path path = sharedThreatsJson();
        if (path == null) {
            return SAMPLE_CONDITIONS;
        }
        try {
            List<String> conditions = new ArrayList<>();
            for (JsonNode entry : new ObjectMapper().readTree(path.toFile())) {
                if (!entry.has("DEPRECATED") && entry.hasNonNull("condition")) {
                    conditions.add(entry.get("condition").asText());
                }
            }
            return List.copyOf(conditions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element of every type with default values (a default dataflow between two default elements). */
    private static final List<Element> DEFAULT_ELEMENTS = defaultElements();

    /** The elements of a small checked model with boundaries, data and flows in both directions. */
    private static final List<Element> CHECKED_ELEMENTS = checkedElements();

    private static List<Element> defaultElements() {
        Model model = Model.named("defaults");
        List<Element> elements = new ArrayList<>();
        elements.add(model.add(ElementType.SERVER, "Server"));
        for (ElementType type : ElementType.values()) {
            if (type != ElementType.DATAFLOW && type != ElementType.SERVER) {
                elements.add(model.add(type, type.pytmName()));
            }
        }
        elements.add(model.dataflow(elements.get(0), elements.get(1), "Flow"));
        return List.copyOf(elements);
    }

    private static List<Element> checkedElements() {
        Model m = Model.named("checked");
        Element outside = m.add(ElementType.BOUNDARY, "Outside");
        Element inside = m.add(ElementType.BOUNDARY, "Inside");
        Element user = m.add(ElementType.ACTOR, "User").set("inBoundary", outside);
        Element web = m.add(ElementType.SERVER, "Web").set("inBoundary", inside)
                .set("minTLSVersion", TLSVersion.TLSv12).set("port", 443).set("protocol", "HTTPS");
        Element db = m.add(ElementType.DATASTORE, "DB");
        Element llm = m.add(ElementType.LLM, "Model").set("inBoundary", inside);
        m.data("Token").set("classification", Classification.SECRET).set("credentialsLife", Lifetime.LONG);
        m.dataflow(user, web, "Login").set("data", List.of(m.data().get(0)));
        m.dataflow(web, user, "Page").set("isResponse", true);
        m.dataflow(web, db, "Query");
        m.dataflow(web, llm, "Prompt");
        return CheckedModel.of(m).elements();
    }
}
