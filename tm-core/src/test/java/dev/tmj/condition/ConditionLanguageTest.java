package dev.tmj.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.Model;
import dev.tmj.model.TLSVersion;
import dev.tmj.resolve.CheckedModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every construct of the condition language, evaluated on a small checked model with Python's semantics
 * (pytm 1.4.0, PYTM_FACTS §1.4 and §2.3–2.6). Each table row is {@code condition, element, expected}; the
 * element is looked up by name in the checked copy of the fixture below.
 *
 * <pre>
 * Internet [User]          DMZ [Web, Api]  ⊃  Inner [DB]          (no boundary) [Worker, Batch]
 * Login    User -> Web   TLSv10, data Token (SECRET, HARDCODED credentials, JSON) + Page (PUBLIC, HTML)
 * Query    Web  -> DB    TLSv13, data Page
 * Internal Web  -> Api   data Page, every maxClassification RESTRICTED (no leak)
 * Reply    Api  -> Web   data Page, the flow's own maxClassification left UNKNOWN (leak)
 * Job      Worker -> DB  no data (enters a boundary)
 * Export   DB -> Worker  no data (exits a boundary)
 * </pre>
 */
@Timeout(10)
class ConditionLanguageTest {
    private static final Map<String, Element> CHECKED = byName(CheckedModel.of(fixture()).model());

    private static Model fixture() {
        Model m = Model.named("Condition fixture");
        Element internet = m.add(ElementType.BOUNDARY, "Internet");
        Element dmz = m.add(ElementType.BOUNDARY, "DMZ");
        Element inner = m.add(ElementType.BOUNDARY, "Inner").set("inBoundary", dmz);
        Element user = m.add(ElementType.ACTOR, "User").set("inBoundary", internet);
        user.controls().set("isEncrypted", true);
        Element web = m.add(ElementType.SERVER, "Web").set("inBoundary", dmz)
                .set("minTLSVersion", TLSVersion.TLSv12).set("port", 443).set("protocol", "HTTPS")
                .set("maxClassification", Classification.RESTRICTED);
        web.controls().set("isHardened", true);
        Element api = m.add(ElementType.SERVER, "Api").set("inBoundary", dmz)
                .set("maxClassification", Classification.RESTRICTED);
        Element db = m.add(ElementType.DATASTORE, "DB").set("inBoundary", inner).set("type", DatastoreType.SQL);
        Element worker = m.add(ElementType.PROCESS, "Worker");
        m.add(ElementType.SET_OF_PROCESSES, "Batch");

        Data token = m.data("Token").set("classification", Classification.SECRET).set("isCredentials", true)
                .set("credentialsLife", Lifetime.HARDCODED).set("format", "JSON");
        Data page = m.data("Page").set("classification", Classification.PUBLIC).set("format", "HTML");

        m.dataflow(user, web, "Login").set("tlsVersion", TLSVersion.TLSv10).set("data", List.of(token, page));
        m.dataflow(web, db, "Query").set("tlsVersion", TLSVersion.TLSv13).set("data", List.of(page));
        m.dataflow(web, api, "Internal").set("data", List.of(page))
                .set("maxClassification", Classification.RESTRICTED);
        m.dataflow(api, web, "Reply").set("data", List.of(page));
        m.dataflow(worker, db, "Job");
        m.dataflow(db, worker, "Export");
        return m;
    }

    private static Map<String, Element> byName(Model model) {
        return model.elements().stream().collect(Collectors.toMap(Element::name, Function.identity()));
    }

    private static boolean eval(String condition, String elementName) {
        Element target = CHECKED.get(elementName);
        assertThat(target).as("fixture element %s", elementName).isNotNull();
        return Condition.compile(condition).test(target);
    }

    private static Arguments row(String condition, String element, boolean expected) {
        return arguments(condition, element, expected);
    }

    /** A row that does not depend on the target: evaluated on the Web server. */
    private static Arguments row(String condition, boolean expected) {
        return arguments(condition, "Web", expected);
    }

    private static final String ROW = "{0}  on {1}  ->  {2}";

    // ---------------------------------------------------------------------------------------------------------
    // Truthiness, and/or/not, short-circuit

    static Stream<Arguments> truthiness() {
        return Stream.of(
                row("True", true), row("False", false), row("None", false),
                row("0", false), row("7", true), row("-1", true), row("0.0", false), row("-0.0", false),
                row("0.5", true), row("''", false), row("'x'", true), row("' '", true),
                row("[]", false), row("[0]", true), row("()", false), row("(0,)", true), row("{}", false),
                row("{'k': 0}", true), row("{0}", true),
                row("not None", true), row("not 0", true), row("not ''", true), row("not []", true),
                row("not ()", true), row("not {}", true), row("not 'x'", false), row("not not 3", true),
                row("not target.description", "Web", true),
                row("target.name", "Web", true),
                row("target.port", "Api", true), // -1 is truthy
                row("not target.controls", "Web", false), // any model object is truthy
                row("not target.inBoundary", "Worker", true), // None
                row("not target.inBoundary", "Web", false),
                row("not target.data", "Web", true), // empty DataSet
                row("not target.data", "Login", false),
                row("target.controls.isHardened and target.inScope", "Web", true),
                row("target.controls.isHardened and target.inScope", "Api", false),
                row("target.controls.isHardened or target.controls.isEncrypted", "Api", false),
                row("not target.controls.isHardened or target.port == 443", "Web", true),
                row("not (target.controls.isHardened and target.port == 443)", "Web", false),
                row("True and True and 0", false), row("0 or '' or [] or 'last'", true),
                row("not 1 and 2", false), // (not 1) and 2
                row("1 or 0 and 0", true)); // 1 or (0 and 0)
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("truthiness")
    void should_apply_python_truthiness_to_bare_values_not_and_or(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> operands() {
        return Stream.of(
                row("('' or 'x') == 'x'", true),
                row("([] or 0) == 0", true),
                row("([] or 0) is 0", true), // the int operand itself, not a bool
                row("(0 or []) == []", true),
                row("('a' and 'b') == 'b'", true),
                row("('' and 'b') == ''", true),
                row("(None and 1) is None", true),
                row("(0 or None) is None", true),
                row("(1 and 2 and 3) == 3", true),
                row("(0 or 2 or 3) == 2", true),
                row("(target.description or target.name) == 'Web'", "Web", true),
                row("(target.inBoundary or target) is target", "Worker", true),
                row("(target.inBoundary and target.inBoundary.name) == 'DMZ'", "Web", true),
                row("(target.inBoundary and target.inBoundary.name) is None", "Worker", true),
                row("(1 or 0) is True", false), // or yields 1, not True
                row("(1 and True) is True", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("operands")
    void should_return_an_operand_from_and_or_not_a_bool(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    /** Each right side raises on its own; the short-circuited form must not evaluate it. */
    static Stream<Arguments> shortCircuits() {
        String noSink = "target.sink.controls.isHardened"; // a Server has no sink
        String noneName = "target.inBoundary.name == 'x'"; // Worker's inBoundary is None
        return Stream.of(
                arguments("Web", noSink, "False and " + noSink, false),
                arguments("Web", noSink, "0 and " + noSink, false),
                arguments("Web", noSink, "'' and " + noSink + " and " + noSink, false),
                arguments("Web", noSink, "True or " + noSink, true),
                arguments("Web", noSink, "'x' or " + noSink, true),
                arguments("Web", noSink, "target.controls.isHardened or " + noSink, true),
                arguments("Web", noSink, "not (None and " + noSink + ")", true),
                arguments("Web", noSink, "(" + noSink + " if False else 1) == 1", true),
                arguments("Web", noSink, "2 < 1 < " + noSink, false), // chains stop at the first False
                arguments("Web", noSink, "any(x == 1 or " + noSink + " for x in (1, 2))", true),
                arguments("Web", noSink, "any(True for x in (1, 2)) or " + noSink, true),
                arguments("Web", noSink, "all(False for x in (1, 2)) and " + noSink, false),
                arguments("Worker", noneName, "target.inBoundary is not None and " + noneName, false),
                arguments("Worker", noneName, "target.inBoundary is None or " + noneName, true),
                arguments("Worker", noneName, "any(" + noneName + " for f in target.outputs if False)", false));
    }

    @ParameterizedTest(name = "{2}  on {0}  ->  {3}")
    @MethodSource("shortCircuits")
    void should_short_circuit_without_evaluating_the_operand_that_would_raise(String on, String raising,
            String condition, boolean expected) {
        assertThatThrownBy(() -> eval(raising, on)).isInstanceOf(EvaluationException.class);

        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // is / is not versus ==

    static Stream<Arguments> identity() {
        return Stream.of(
                row("1 == True", true),
                row("1 is True", false),
                row("(1 if True else 0) is True", false),
                row("(1 if True else 0) == True", true),
                row("0 == False", true),
                row("0 is False", false),
                row("0 is not False", true),
                row("True is True", true),
                row("False is not True", true),
                row("(1 == 1) is True", true),
                row("(not 0) is True", true),
                row("any([]) is False", true),
                row("'' == False", false),
                row("None == False", false),
                row("None is None", true),
                row("None is not None", false),
                row("1.0 == 1", true),
                row("1.0 is 1", false),
                row("'1' == 1", false),
                row("[] == []", true),
                row("[] is []", false), // two distinct lists
                row("Lifetime.HARDCODED is Lifetime.HARDCODED", true),
                row("Server == Server", true),
                row("Server is Server", true),
                row("Server != Datastore", true),
                row("Server in (Datastore, Server)", true),
                row("target.controls.isHardened is True", "Web", true),
                row("target.controls.isHardened is True", "Api", false),
                row("target.controls.isHardened is False", "Api", true),
                row("target.controls.isHardened == 1", "Web", true),
                row("target.port is True", "Web", false),
                row("target.port == 443", "Web", true),
                row("target.inBoundary is None", "Worker", true),
                row("target.inBoundary is not None", "Web", true),
                row("target.sink is target.sink", "Login", true),
                row("target.source is target.sink", "Login", false),
                row("target.source.inBoundary is target.sink.inBoundary", "Internal", true),
                row("target.source.inBoundary is target.sink.inBoundary", "Login", false),
                row("target is not target.inputs[0].sink", "Web", false));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("identity")
    void should_test_identity_with_is_and_equality_with_eq(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Comparisons and ordered enums

    static Stream<Arguments> comparisons() {
        return Stream.of(
                row("1 < 2", true), row("2 <= 2", true), row("3 > 2", true), row("2 >= 3", false),
                row("1 != 2", true), row("1 != 1", false), row("1 == 1", true),
                row("'abc' < 'abd'", true), row("'b' > 'abc'", true), row("'B' < 'a'", true),
                row("1 < 2.5", true), row("True < 2", true), row("2.0 >= 2", true),
                row("[1, 2] < [1, 3]", true), row("(1, 2) < (1, 2, 0)", true), row("[2] > [1, 9]", true),
                row("1 < 2 < 3", true),
                row("1 < 3 < 2", false),
                row("1 == 1 < 2", true),
                row("3 > 2 > 1 >= 1", true),
                row("1 < 2 > 0 != 5", true),
                row("0 < target.port <= 443", "Web", true),
                row("0 < target.port <= 443", "Api", false),
                row("target.port == -1", "Api", true),
                row("target.protocol == 'HTTPS'", "Web", true),
                row("target.protocol != 'HTTPS'", "Api", true),
                row("target.name == \"Web\"", "Web", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("comparisons")
    void should_compare_and_chain_comparisons(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> orderedEnums() {
        return Stream.of(
                row("target.tlsVersion < target.sink.minTLSVersion", "Login", true), // TLSv10 < TLSv12
                row("target.tlsVersion < target.sink.minTLSVersion", "Query", false), // TLSv13, NONE
                row("Classification.SECRET > Classification.PUBLIC", true),
                row("Classification.UNKNOWN <= Classification.UNKNOWN", true),
                row("Classification.TOP_SECRET < Classification.SECRET", false),
                row("TLSVersion.TLSv12 >= TLSVersion.TLSv13", false),
                row("TLSVersion.SSLv3 < TLSVersion.TLSv10 < TLSVersion.TLSv13", true),
                row("target.maxClassification == Classification.RESTRICTED", "Web", true),
                row("target.maxClassification > Classification.PUBLIC", "Web", true),
                row("target.minTLSVersion >= TLSVersion.TLSv12", "Web", true),
                row("max(Classification.PUBLIC, Classification.SECRET) == Classification.SECRET", true),
                row("Classification.SECRET == TLSVersion.TLSv12", false), // == across classes does not raise
                row("Classification.PUBLIC == 1", false), // members are not ints
                row("Classification.PUBLIC != 1", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("orderedEnums")
    void should_order_enums_of_one_class_by_value(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Membership

    static Stream<Arguments> membership() {
        return Stream.of(
                row("2 in (1, 2, 3)", true), row("4 in (1, 2, 3)", false),
                row("4 not in [1, 2, 3]", true), row("2 not in [1, 2, 3]", false),
                row("'ell' in 'hello'", true), row("'' in 'hello'", true), row("'x' not in 'hello'", true),
                row("'H' in 'hello'", false),
                row("1 in ()", false), row("1.0 in [1]", true), row("True in [1]", true),
                row("(1, 2) in [(1, 2)]", true), row("[1] in [(1,)]", false),
                row("'a' in {'a': 1}", true), row("1 in {'a': 1}", false), row("2 in {1, 2}", true),
                row("None in [0, '', None]", true),
                row("target.type in (DatastoreType.SQL, DatastoreType.LDAP)", "DB", true),
                row("target.type not in (DatastoreType.SQL,)", "DB", false),
                row("Lifetime.HARDCODED in (Lifetime.UNKNOWN, Lifetime.LONG)", false),
                row("0 in target.levels", "Web", true),
                row("1 in target.levels", "Web", false),
                row("target.protocol in ('HTTP', 'HTTPS')", "Web", true),
                row("target.protocol in 'xHTTPSx'", "Web", true),
                row("'Token' in target.data", "Login", true), // pytm's DataSet answers by name
                row("'Nope' in target.data", "Login", false),
                row("target.inputs[0] in target.inputs", "Web", true),
                row("target in target.outputs", "Web", false));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("membership")
    void should_test_membership_with_in_and_not_in(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Literals and displays

    static Stream<Arguments> literals() {
        return Stream.of(
                row("42 == 42", true), row("-7 == 0 - 7", true), row("3.5 == 3.5", true), row("1e3 == 1000", true),
                row(".5 == 0.5", true), row("1.5e-1 == 0.15", true), row("1_000 == 1000", true),
                row("0x1F == 31", true), row("0o17 == 15", true), row("0b101 == 5", true), row("007.5 == 7.5", true),
                row("'single' == \"single\"", true),
                row("'con' \"cat\" 'enated' == 'concatenated'", true),
                row("('a'\n'b') == 'ab'", true), // implicit concatenation across lines inside brackets
                row("'it\\'s' == \"it's\"", true),
                row("\"say \\\"hi\\\"\" == 'say \"hi\"'", true),
                row("len('a\\nb') == 3", true),
                row("len('\\x41\\u00e9\\U0001F600') == 3", true),
                row("'\\101' == 'A'", true),
                row("r'\\n' == '\\\\n'", true),
                row("'a\\\rb' == 'ab'", true), // a backslash before \r or \r\n continues the string
                row("'a\\\r\nb' == 'ab'", true),
                row("r'a\\\nb' == 'a\\\\\\nb'", true),
                row("R'\\d' == '\\\\d'", true),
                row("'''triple''' == \"triple\"", true),
                row("\"\"\"a\nb\"\"\" == 'a\\nb'", true),
                row("u'x' == 'x'", true),
                row("'' == \"\"", true),
                row("'é' == '\\u00e9'", true),
                row("'a' # a comment\n", true),
                row("(1 +\n 2) == 3", true),
                row("1 + \\\n 2 == 3", true),
                // tuples, lists, sets, dicts
                row("(1, 2) == (1, 2)", true), row("(1,) == (1,)", true), row("(1) == 1", true),
                row("(1,) == [1]", false), row("() == ()", true), row("[1, [2, 3]] == [1, [2, 3]]", true),
                row("[1, 2,] == [1, 2]", true), row("(1, 2,) == (1, 2)", true), row("len((1, 2, 3)) == 3", true),
                row("{1, 2} == {2, 1}", true), row("{1, 1, 2} == {1, 2}", true), row("{'a': 1} == {'a': 1}", true),
                row("{'a': 1, 'b': 2}['b'] == 2", true), row("[x for x in (1, 2)] == [1, 2]", true),
                row("[x * 2 for x in [1, 2, 3] if x != 2] == [2, 6]", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("literals")
    void should_read_literals_strings_tuples_lists_sets_and_dicts(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Attribute chains and enum members

    static Stream<Arguments> attributeChains() {
        return Stream.of(
                row("target.source.name == 'User'", "Login", true),
                row("target.source.controls.isEncrypted", "Login", true),
                row("target.source.controls.isEncrypted is True", "Login", true),
                row("target.sink.controls.isEncrypted", "Login", false),
                row("not target.sink.controls.providesIntegrity", "Login", true),
                row("target.sink.controls.isHardened is True", "Login", true),
                row("target.sink.inBoundary.name == 'DMZ'", "Login", true),
                row("target.sink.inBoundary.inBoundary is None", "Login", true),
                row("target.inBoundary.inBoundary.name == 'DMZ'", "DB", true),
                row("target.controls.isHardened", "Web", true),
                row("target.description == ''", "Web", true),
                row("target.inScope is True", "Web", true),
                row("target.codeType == 'Unmanaged'", "Worker", true), // schema default
                row("target.isSQL is True", "DB", true),
                // values the model check filled in from the sink (only on the checked copy)
                row("target.dstPort == 443", "Login", true),
                row("target.protocol == 'HTTPS'", "Login", true),
                row("target.data[0].carriedBy[0].name == 'Login'", "Login", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("attributeChains")
    void should_follow_attribute_chains_through_the_model(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> enumMembers() {
        return Stream.of(
                row("target.type == DatastoreType.SQL", "DB", true),
                row("target.type == DatastoreType.LDAP", "DB", false),
                row("target.minTLSVersion == TLSVersion.TLSv12", "Web", true),
                row("target.tlsVersion == TLSVersion.TLSv10", "Login", true),
                row("target.maxClassification == Classification.UNKNOWN", "DB", true),
                row("any(d.credentialsLife == Lifetime.HARDCODED for d in target.data)", "Login", true),
                row("any(d.classification == Classification.SECRET for d in target.data)", "Login", true),
                row("any(d.classification == Classification.SECRET for d in target.data)", "Query", false),
                row("Lifetime.HARDCODED == Lifetime.HARDCODED", true),
                row("Lifetime.SHORT != Lifetime.LONG", true),
                row("DatastoreType.AWS_S3 != DatastoreType.SQL", true),
                row("TLSVersion.NONE == TLSVersion.NONE", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("enumMembers")
    void should_resolve_enum_members_by_name(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generators, any/all, inputs and outputs

    static Stream<Arguments> generators() {
        return Stream.of(
                row("any(d.isCredentials for d in target.data)", "Login", true),
                row("any(d.isCredentials for d in target.data)", "Query", false),
                row("any(d.isCredentials for d in target.data)", "Web", false), // flow data is not copied to sinks
                row("all(d.isCredentials for d in target.data)", "Login", false),
                row("any(d.format == 'JSON' for d in target.data)", "Login", true),
                row("any(d.format == 'XML' for d in target.data)", "Login", false),
                row("any(d.credentialsLife in (Lifetime.UNKNOWN, Lifetime.LONG, Lifetime.MANUAL, "
                        + "Lifetime.HARDCODED) for d in target.data)", "Login", true),
                row("any(d.credentialsLife in (Lifetime.UNKNOWN, Lifetime.LONG, Lifetime.MANUAL, "
                        + "Lifetime.HARDCODED) for d in target.data)", "Query", false),
                row("all(d.classification >= Classification.PUBLIC for d in target.data)", "Login", true),
                row("any(d.isCredentials for d in target.data if d.format == 'HTML')", "Login", false),
                row("any(d.isCredentials or d.isPII for d in target.data)", "Login", true),
                row("any(d.isStored and d.isDestEncryptedAtRest for d in target.data)", "Login", false),
                row("any(d for d in target.data)", "Job", false),
                row("all(d.isPII for d in target.data)", "Job", true), // vacuously true
                row("any(a == b for a in (1, 2) for b in (2, 3))", true),
                row("all(a != b for a in (1, 2) for b in (3, 4) if a < b)", true),
                row("any((x for x in [0, 0]))", false),
                row("any([])", false), row("all([])", true), row("any([0, '', None])", false),
                row("any([0, 'x'])", true), row("all((1, 'x', [0]))", true), row("any('')", false),
                row("all({1: 0})", true), // iterates the keys
                row("any(d.name == 'Token' for d in target.data)", "Login", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("generators")
    void should_iterate_generator_expressions_in_any_and_all(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> inputsAndOutputs() {
        return Stream.of(
                row("len(target.inputs) == 2", "Web", true), // Login and Reply
                row("len(target.outputs) == 2", "Web", true), // Query and Internal
                row("any(f.source.name == 'User' for f in target.inputs)", "Web", true),
                row("any(f.sink.oneOf(Datastore) and f.sink.type == DatastoreType.SQL for f in target.outputs)",
                        "Web", true),
                row("any(f.sink.oneOf(Datastore) and f.sink.type == DatastoreType.SQL for f in target.outputs)",
                        "Api", false),
                row("not any(target.inputs)", "User", true),
                row("not any(target.inputs)", "Web", false),
                row("all(f.tlsVersion >= TLSVersion.TLSv10 for f in target.inputs)", "Web", false), // Reply: NONE
                row("[f.name for f in target.outputs] == ['Query', 'Internal']", "Web", true),
                row("target.inputs[0].name == 'Login'", "Web", true),
                row("len(target.outputs) == 1 and target.outputs[0].sink.name == 'Worker'", "DB", true),
                row("any(f.sink is target for f in target.inputs)", "DB", true),
                row("any(any(d.isCredentials for d in f.data) for f in target.inputs)", "Web", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("inputsAndOutputs")
    void should_iterate_inputs_and_outputs_after_the_model_check(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    @Test
    void should_see_no_inputs_or_outputs_before_the_model_check() {
        Model unchecked = fixture();
        Element web = byName(unchecked).get("Web");

        assertThat(Condition.compile("not target.inputs and len(target.outputs) == 0").test(web)).isTrue();
        assertThat(Condition.compile("len(target.inputs) == 2").test(CHECKED.get("Web"))).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Builtins, conditional expressions, arithmetic, subscripts

    static Stream<Arguments> builtins() {
        return Stream.of(
                row("len('héllo') == 5", true), row("len([1, 2, 3]) == 3", true), row("len((1,)) == 1", true),
                row("len({}) == 0", true), row("len({'a': 1, 'b': 2}) == 2", true), row("len({1, 2, 2}) == 2", true),
                row("len(target.data) == 2", "Login", true),
                row("len(target.name) == 3", "Web", true),
                row("len(target.levels) == 1", "Web", true),
                row("min(3, 1, 2) == 1", true), row("max([1, 5, 3]) == 5", true), row("min('bca') == 'a'", true),
                row("max(1, 2.5) == 2.5", true), row("min([2], [1, 9]) == [1, 9]", true),
                row("max(d.classification for d in target.data) == Classification.SECRET", "Login", true),
                row("min(d.classification for d in target.data) == Classification.PUBLIC", "Login", true),
                row("max(len(d.name) for d in target.data) == 5", "Login", true),
                row("sum([1, 2, 3]) == 6", true), row("sum([1, 2], 10) == 13", true),
                row("sum([0.5, 0.25]) == 0.75", true), row("sum([]) == 0", true), row("sum([True, True]) == 2", true),
                row("sum([[1], [2]], []) == [1, 2]", true),
                row("sum(1 for d in target.data if d.isCredentials) == 1", "Login", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("builtins")
    void should_compute_len_min_max_and_sum(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> conditionals() {
        return Stream.of(
                row("(1 if target.port == 443 else 2) == 1", "Web", true),
                row("(1 if target.port == 443 else 2) == 1", "Api", false),
                row("('a' if '' else 'b') == 'b'", true),
                row("(1 if False else 2 if False else 3) == 3", true),
                row("(1 if True else 2 if False else 3) == 1", true),
                row("(target.inBoundary.name if target.inBoundary is not None else 'none') == 'none'", "Worker", true),
                row("(target.inBoundary.name if target.inBoundary is not None else 'none') == 'DMZ'", "Web", true),
                row("'yes' if target.controls.isHardened else ''", "Web", true),
                row("'yes' if target.controls.isHardened else ''", "Api", false),
                row("[] if True else 1", false));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("conditionals")
    void should_evaluate_conditional_expressions_lazily(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> arithmetic() {
        return Stream.of(
                row("1 + 2 * 3 == 7", true), row("(1 + 2) * 3 == 9", true), row("10 - 3 - 2 == 5", true),
                row("2 ** 3 ** 2 == 512", true), row("-2 ** 2 == -4", true), row("2 ** -1 == 0.5", true),
                row("2 ** 62 == 4611686018427387904", true),
                // int ** non-negative int is an int, as in Python: usable as a repeat count, and exact past 2**53
                row("'a' * 2 ** 3 == 'aaaaaaaa'", true), row("[0] * 2 ** 2 == [0, 0, 0, 0]", true),
                row("(2 ** 0) * 'x' == 'x'", true), row("0 ** 0 == 1", true),
                row("3 ** 39 - 4052555153018976266 == 1", true), row("(-2) ** -1 == -0.5", true),
                row("7 // 2 == 3", true), row("-7 // 2 == -4", true), row("-7 % 3 == 2", true),
                row("7 % -3 == -2", true), row("7 / 2 == 3.5", true), row("4 / 2 == 2.0", true),
                row("7.5 // 2 == 3.0", true), row("-7.5 % 2 == 0.5", true), row("0.1 + 0.2 != 0.3", true),
                row("'ab' + 'cd' == 'abcd'", true), row("'ab' * 2 == 'abab'", true), row("2 * 'ab' == 'abab'", true),
                row("'ab' * -1 == ''", true), row("[1] + [2] == [1, 2]", true), row("(1,) + (2,) == (1, 2)", true),
                row("[0] * 3 == [0, 0, 0]", true), row("(0,) * 2 == (0, 0)", true),
                row("[] * 1000000000000000 == []", true), row("'' * 1000000000000000 == ''", true),
                row("[1] * 0 == []", true),
                row("6 & 3 == 2", true), row("6 | 3 == 7", true), row("6 ^ 3 == 5", true), row("1 << 4 == 16", true),
                row("-16 >> 2 == -4", true), row("~0 == -1", true), row("+True == 1", true), row("-True == -1", true),
                row("True + True == 2", true), row("(True & False) is False", true),
                row("{1, 2} | {3} == {1, 2, 3}", true), row("{1, 2} & {2, 3} == {2}", true),
                row("{1, 2} - {2} == {1}", true), row("{1, 2} ^ {2, 3} == {1, 3}", true),
                row("target.port + 1 == 444", "Web", true),
                row("target.port * 2 - 886 == 0", "Web", true),
                row("len(target.inputs) * 10 // 4 == 5", "Web", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("arithmetic")
    void should_do_python_arithmetic(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> subscripts() {
        return Stream.of(
                row("[10, 20, 30][0] == 10", true), row("[10, 20, 30][-1] == 30", true),
                row("(1, 2, 3)[1] == 2", true), row("'abc'[1] == 'b'", true), row("'abc'[-3] == 'a'", true),
                row("[1, 2, 3][True] == 2", true),
                row("[1, 2, 3, 4][1:3] == [2, 3]", true), row("[1, 2, 3, 4][::2] == [1, 3]", true),
                row("[1, 2, 3][::-1] == [3, 2, 1]", true), row("'hello'[1:-1] == 'ell'", true),
                row("'hello'[::-2] == 'olh'", true), row("(1, 2, 3)[:2] == (1, 2)", true),
                row("[1, 2][5:] == []", true), row("[1, 2, 3][-100:100] == [1, 2, 3]", true),
                row("[1, 2, 3][2:0:-1] == [3, 2]", true), row("[1, 2, 3][None:None] == [1, 2, 3]", true),
                row("[1, 2, 3][1::9223372036854775807] == [2]", true),
                row("[1, 2, 3][::-9223372036854775807] == [3]", true),
                row("[1, 2, 3][-9223372036854775807:9223372036854775807] == [1, 2, 3]", true),
                row("{'a': 1}['a'] == 1", true), row("[[1, 2], [3]][0][1] == 2", true),
                row("target.name[0] == 'W'", "Web", true),
                row("target.name[-2:] == 'eb'", "Web", true),
                row("target.inputs[0].name == 'Login'", "Web", true),
                row("target.inputs[-1].source.name == 'Api'", "Web", true),
                row("target.data[0].name == 'Token'", "Login", true),
                row("target.data[1:][0].name == 'Page'", "Login", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("subscripts")
    void should_index_and_slice_sequences(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Element helpers (PYTM_FACTS §1.4)

    static Stream<Arguments> dataAndTlsHelpers() {
        return Stream.of(
                row("target.hasDataLeaks()", "Login", true), // SECRET > User's UNKNOWN maximum
                row("target.hasDataLeaks()", "Query", true), // PUBLIC > DB's UNKNOWN maximum
                row("target.hasDataLeaks()", "Internal", false), // PUBLIC <= RESTRICTED everywhere
                row("target.hasDataLeaks()", "Reply", true), // only the flow's own maximum is too low
                row("target.hasDataLeaks()", "Job", false), // no data
                row("target.hasDataLeaks() is True", "Login", true),
                row("not target.hasDataLeaks()", "Internal", true),
                row("target.checkTLSVersion(target.inputs)", "Web", true), // Login TLSv10 < TLSv12
                row("target.checkTLSVersion(target.inputs)", "Api", false), // minimum NONE
                row("target.checkTLSVersion(target.inputs)", "DB", false),
                row("target.checkTLSVersion(target.inputs)", "User", false), // no inputs
                row("target.checkTLSVersion([])", "Web", false),
                row("target.checkTLSVersion(target.outputs)", "Web", true), // Internal uses NONE
                row("target.checkTLSVersion(f for f in target.inputs if f.tlsVersion > TLSVersion.NONE)",
                        "Web", true),
                row("target.sink.checkTLSVersion([target])", "Login", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("dataAndTlsHelpers")
    void should_call_has_data_leaks_and_check_tls_version(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> oneOf() {
        return Stream.of(
                row("target.oneOf(Server, Datastore)", "Web", true),
                row("target.oneOf(Server, Datastore)", "DB", true),
                row("target.oneOf(Server, Datastore)", "Worker", false),
                row("target.oneOf(Asset)", "Web", true), // isinstance: Server is an Asset
                row("target.oneOf(Process)", "Batch", true), // SetOfProcesses is a Process
                row("target.oneOf(SetOfProcesses)", "Worker", false),
                row("target.oneOf(Element)", "Internet", true),
                row("not target.oneOf(Actor, Dataflow)", "Web", true),
                row("not target.oneOf(Actor, Dataflow)", "Login", false),
                row("target.oneOf(target)", "Web", true), // an object argument matches by identity
                row("target.oneOf(target.sink)", "Login", false),
                row("target.sink.oneOf(target.sink)", "Login", true),
                row("target.oneOf(Datastore, target.inputs[0].source)", "Api", false),
                row("target.oneOf()", "Web", false));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("oneOf")
    void should_call_one_of_with_classes_or_objects(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                // crosses: different direct boundaries at either end
                row("target.crosses(Boundary)", "Login", true), // Internet -> DMZ
                row("target.crosses(Boundary)", "Internal", false), // DMZ -> DMZ
                row("target.crosses(Boundary)", "Query", true), // DMZ -> Inner
                row("target.crosses(Boundary)", "Job", true), // none -> Inner
                row("target.crosses(Actor)", "Query", true), // pytm: a class argument only needs different ends
                row("target.crosses(target.source.inBoundary)", "Login", true),
                row("target.crosses(target.sink.inBoundary)", "Internal", false),
                row("target.crosses(target.sink.inBoundary.inBoundary)", "Query", true), // DB is not directly in DMZ
                row("target.crosses()", "Login", false),
                row("target.crosses(Boundary)", "Web", false), // not a dataflow
                // enters: from no boundary into one
                row("target.enters(Boundary)", "Job", true),
                row("target.enters(target.sink.inBoundary)", "Job", true),
                row("target.enters(target.sink.inBoundary.inBoundary)", "Job", false), // DMZ is DB's grandparent
                row("target.enters(Boundary)", "Login", false), // the source is in a boundary
                row("target.enters(Boundary)", "Export", false),
                row("target.enters(Boundary)", "Web", false),
                // exits: from a boundary to no boundary
                row("target.exits(Boundary)", "Export", true),
                row("target.exits(target.source.inBoundary)", "Export", true),
                row("target.exits(Boundary)", "Job", false),
                row("target.exits(Boundary)", "Login", false),
                // inside: the direct parent boundary only
                row("target.inside(target.inBoundary)", "DB", true),
                row("target.inside(target.inBoundary.inBoundary)", "DB", false),
                row("target.inside(Boundary)", "DB", true),
                row("target.inside(Boundary)", "Worker", false),
                row("target.inside(Actor, Boundary)", "Web", true),
                row("target.inside(Boundary)", "Inner", true), // a boundary inside DMZ
                row("target.inside(Boundary)", "DMZ", false),
                row("target.source.inside(target.sink.inBoundary)", "Internal", true),
                row("any(f.source.inside(Boundary) for f in target.inputs)", "Worker", true));
    }

    @ParameterizedTest(name = ROW)
    @MethodSource("boundaries")
    void should_call_crosses_enters_exits_and_inside(String condition, String on, boolean expected) {
        assertThat(eval(condition, on)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Where Python raises, test() throws EvaluationException (the resolver then treats the threat as not matching)

    static Stream<Arguments> runtimeErrors() {
        return Stream.of(
                arguments("target.inBoundary.name == 'x'", "Worker", "'NoneType' object has no attribute 'name'"),
                arguments("target.sink.controls.isHardened", "Web", "'Server' object has no attribute 'sink'"),
                arguments("target.hasDataLeaks()", "Web", "'Server' object has no attribute 'hasDataLeaks'"),
                arguments("target.hasDataLeaks()", "Internet", "'Boundary' object has no attribute 'hasDataLeaks'"),
                arguments("target.checkTLSVersion(target.data)", "Login", "expects dataflows"),
                arguments("target.checkTLSVersion(1 if True else [])", "Web", "'int' object is not iterable"),
                // ordering across enum classes, and of unordered values
                arguments("Classification.SECRET > TLSVersion.NONE", "Web",
                        "'>' not supported between instances of 'Classification' and 'TLSVersion'"),
                arguments("target.maxClassification < target.minTLSVersion", "Web", "not supported between"),
                arguments("target.tlsVersion < target.sink.maxClassification", "Login", "not supported between"),
                arguments("Classification.SECRET > 3", "Web", "not supported between"),
                arguments("Lifetime.SHORT < Lifetime.LONG", "Web", "'<' not supported"),
                arguments("DatastoreType.SQL <= DatastoreType.LDAP", "Web", "'<=' not supported"),
                arguments("None < 1", "Web", "'NoneType' and 'int'"),
                arguments("1 < 'a'", "Web", "'int' and 'str'"),
                arguments("[1] < (1,)", "Web", "'list' and 'tuple'"),
                arguments("target < target", "Web", "'Server' and 'Server'"),
                // membership
                arguments("1 in 'abc'", "Web", "requires string as left operand, not int"),
                arguments("1 in (2 if True else [])", "Web", "argument of type 'int' is not iterable"),
                // builtins
                arguments("min([])", "Web", "min() arg is an empty sequence"),
                arguments("max(d.classification for d in target.data)", "Job", "empty sequence"),
                arguments("max(1, 'a')", "Web", "not supported between"),
                arguments("sum(['a', 'b'])", "Web", "unsupported operand type(s) for +: 'int' and 'str'"),
                arguments("sum([1], '')", "Web", "can't sum strings"),
                arguments("len(1 if True else [])", "Web", "object of type 'int' has no len()"),
                arguments("any(1 if True else [])", "Web", "'int' object is not iterable"),
                // arithmetic
                arguments("1 / 0", "Web", "division by zero"),
                arguments("0 ** -1", "Web", "0.0 cannot be raised to a negative power"),
                arguments("'a' * 2 ** -1", "Web", "'str' and 'float'"),
                arguments("1 // 0", "Web", "division or modulo by zero"),
                arguments("1 % 0", "Web", "division or modulo by zero"),
                arguments("1.0 / 0", "Web", "float division by zero"),
                arguments("'a' + 1", "Web", "unsupported operand type(s) for +: 'str' and 'int'"),
                arguments("[1] - [1]", "Web", "unsupported operand type(s) for -"),
                arguments("-'a'", "Web", "bad operand type for unary -: 'str'"),
                arguments("1 << -1", "Web", "negative shift count"),
                // results too large for memory (Python raises MemoryError or OverflowError)
                arguments("'ab' * 9223372036854775807", "Web", "too large"),
                arguments("[1, 2] * 9223372036854775807", "Web", "too large"),
                arguments("(0,) * 4611686018427387904", "Web", "too large"),
                // subscripts
                arguments("[1][5]", "Web", "list index out of range"),
                arguments("(1,)[-2]", "Web", "tuple index out of range"),
                arguments("'abc'[3]", "Web", "index out of range"),
                arguments("{'a': 1}['b']", "Web", "KeyError: 'b'"),
                arguments("[1][::0]", "Web", "slice step cannot be zero"),
                arguments("[1]['a']", "Web", "list indices must be integers, not str"),
                arguments("[1]['a':]", "Web", "slice indices must be integers or None"),
                arguments("(1 if True else [])[0]", "Web", "'int' object is not subscriptable"),
                arguments("{1, 2}[0]", "Web", "'set' object is not subscriptable"),
                arguments("target.inputs[0]", "User", "list index out of range"),
                // attributes of values that are not model objects
                arguments("(1 if True else target).name", "Web", "'int' object has no attribute 'name'"),
                arguments("target.inputs[0].sink.hasPhysicalAccess", "Web",
                        "'Server' object has no attribute 'hasPhysicalAccess'"));
    }

    @ParameterizedTest(name = "{0}  on {1}  raises  {2}")
    @MethodSource("runtimeErrors")
    void should_throw_evaluation_exception_where_python_raises(String condition, String on, String message) {
        Condition compiled = Condition.compile(condition);
        Element target = CHECKED.get(on);

        assertThatThrownBy(() -> compiled.test(target))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(message);
    }

    /** Where Python would build a huge value, tmj stops with an EvaluationException instead (64-bit ints, 10^6 items). */
    static Stream<Arguments> limits() {
        return Stream.of(
                arguments("9223372036854775807 + 1", "integer overflow"),
                arguments("10 ** 19", "integer overflow"),
                arguments("-(-9223372036854775807 - 1)", "integer overflow"),
                arguments("'x' * 1000001", "too large"),
                arguments("[0] * 1000001", "too large"),
                arguments("([0] * 1000000) + [0]", "too large"),
                arguments("((0,) * 1000000) + (0,)", "too large"),
                arguments("sum([[0] * 1000000] * 3, [])", "too large"));
    }

    @ParameterizedTest(name = "{0}  raises  {1}")
    @MethodSource("limits")
    void should_stop_with_evaluation_exception_at_tmjs_int_and_size_limits(String condition, String message) {
        Condition compiled = Condition.compile(condition);

        assertThatThrownBy(() -> compiled.test(CHECKED.get("Web")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(message);
    }

    @Test
    void should_repeat_empty_sequences_a_huge_number_of_times_without_looping() {
        Element web = CHECKED.get("Web");

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(Condition.compile("[] * 9223372036854775807 == []").test(web)).isTrue();
            assertThat(Condition.compile("() * 9223372036854775807 == ()").test(web)).isTrue();
            assertThat(Condition.compile("'' * 9223372036854775807 == ''").test(web)).isTrue();
        });
    }
}
