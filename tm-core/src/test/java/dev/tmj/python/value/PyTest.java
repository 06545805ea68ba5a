package dev.tmj.python.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.TLSVersion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Python's value rules, one table per operation. Each row starts with the Python expression it stands for; the
 * expected results are what CPython 3.11 gives for it (with pytm 1.4.0's classes where a model value is involved).
 */
class PyTest {
    private static final Model MODEL = Model.named("m");
    private static final Element WEB = MODEL.add(ElementType.SERVER, "Web");
    private static final Data TOKEN = MODEL.data("Token");
    private static final PyClass SERVER = PyClass.of(ElementType.SERVER);

    private static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }

    private static PyTuple tuple(Object... items) {
        return PyTuple.of(items);
    }

    private static Set<Object> set(Object... items) {
        return new LinkedHashSet<>(Arrays.asList(items));
    }

    private static Map<Object, Object> dict(Object... keysAndValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Stream<Arguments> truthiness() {
        return Stream.of(
                arguments("None", null, false),
                arguments("True", true, true),
                arguments("False", false, false),
                arguments("0", 0L, false),
                arguments("-1", -1L, true),
                arguments("0.0", 0.0, false),
                arguments("0.5", 0.5, true),
                arguments("''", "", false),
                arguments("'0'", "0", true),
                arguments("[]", list(), false),
                arguments("[None]", list((Object) null), true),
                arguments("()", tuple(), false),
                arguments("(0,)", tuple(0L), true),
                arguments("set()", set(), false),
                arguments("{0}", set(0L), true),
                arguments("{}", dict(), false),
                arguments("{0: 0}", dict(0L, 0L), true),
                arguments("Server", SERVER, true),
                arguments("Server('Web')", WEB, true),
                arguments("Classification.UNKNOWN", Classification.UNKNOWN, true));
    }

    @ParameterizedTest(name = "bool({0}) is {2}")
    @MethodSource("truthiness")
    void should_tell_truth_as_python_does(String python, Object value, boolean expected) {
        assertThat(Py.truthy(value)).isEqualTo(expected);
    }

    static Stream<Arguments> equality() {
        return Stream.of(
                arguments("1 == 1", 1L, 1L, true),
                arguments("1 == 1.0", 1L, 1.0, true),
                arguments("True == 1", true, 1L, true),
                arguments("False == 0.0", false, 0.0, true),
                arguments("1 == '1'", 1L, "1", false),
                arguments("None == None", null, null, true),
                arguments("None == 0", null, 0L, false),
                arguments("'a' == 'a'", "a", new String("a"), true),
                arguments("[1, 2] == [1.0, 2]", list(1L, 2L), list(1.0, 2L), true),
                arguments("[1] == [1, 2]", list(1L), list(1L, 2L), false),
                arguments("(1,) == [1]", tuple(1L), list(1L), false),
                arguments("(1, None) == (1, None)", tuple(1L, null), tuple(1L, null), true),
                arguments("{1, 2} == {2, 1}", set(1L, 2L), set(2L, 1L), true),
                arguments("{1} == [1]", set(1L), list(1L), false),
                arguments("{'a': 1} == {'a': 1}", dict("a", 1L), dict("a", 1L), true),
                arguments("Classification.SECRET == Classification.SECRET", Classification.SECRET,
                        Classification.SECRET, true),
                arguments("Classification.PUBLIC == 1", Classification.PUBLIC, 1L, false),
                arguments("Server == Server", SERVER, PyClass.of(ElementType.SERVER), true),
                arguments("Server == Datastore", SERVER, PyClass.of(ElementType.DATASTORE), false));
    }

    @ParameterizedTest(name = "{0} is {3}")
    @MethodSource("equality")
    void should_compare_for_equality_as_python_does(String python, Object a, Object b, boolean expected) {
        assertThat(Py.eq(a, b)).isEqualTo(expected);
        assertThat(Py.eq(b, a)).as("symmetric").isEqualTo(expected);
    }

    static Stream<Arguments> identity() {
        return Stream.of(
                arguments("None is None", null, null, true),
                arguments("True is True", true, true, true),
                arguments("1 is 1 (CPython caches small ints)", 1L, Long.valueOf(1), true),
                arguments("1000 is 1000 (computed, not cached)", 1000L, Long.valueOf(1000), false),
                arguments("'a' is 'a' (interned literals)", "a", new String("a"), true),
                arguments("[] is []", list(), list(), false),
                arguments("Server is Server", SERVER, PyClass.of(ElementType.SERVER), true),
                arguments("1 is True", 1L, true, false));
    }

    @ParameterizedTest(name = "{0} is {3}")
    @MethodSource("identity")
    void should_compare_identity_as_cpython_does(String python, Object a, Object b, boolean expected) {
        assertThat(Py.is(a, b)).isEqualTo(expected);
    }

    static Stream<Arguments> ordering() {
        return Stream.of(
                arguments("1 < 2.5", "<", 1L, 2.5, true),
                arguments("True <= 1", "<=", true, 1L, true),
                arguments("'b' > 'a'", ">", "b", "a", true),
                arguments("'B' > 'a'", ">", "B", "a", false),
                arguments("[1, 2] < [1, 3]", "<", list(1L, 2L), list(1L, 3L), true),
                arguments("[1] < [1, 0]", "<", list(1L), list(1L, 0L), true),
                arguments("(2,) >= (1, 9)", ">=", tuple(2L), tuple(1L, 9L), true),
                arguments("Classification.PUBLIC < Classification.SECRET", "<", Classification.PUBLIC,
                        Classification.SECRET, true),
                arguments("TLSVersion.TLSv13 <= TLSVersion.TLSv12", "<=", TLSVersion.TLSv13, TLSVersion.TLSv12,
                        false));
    }

    @ParameterizedTest(name = "{0} is {4}")
    @MethodSource("ordering")
    void should_order_as_python_does(String python, String op, Object a, Object b, boolean expected) {
        assertThat(Py.order(op, a, b)).isEqualTo(expected);
    }

    static Stream<Arguments> unordered() {
        return Stream.of(
                arguments("1 < 'a'", "<", 1L, "a", "'<' not supported between instances of 'int' and 'str'"),
                arguments("None > 1", ">", null, 1L, "'>' not supported between instances of 'NoneType' and 'int'"),
                arguments("[1] < (1,)", "<", list(1L), tuple(1L),
                        "'<' not supported between instances of 'list' and 'tuple'"),
                arguments("[1] < ['a']", "<", list(1L), list("a"),
                        "'<' not supported between instances of 'int' and 'str'"),
                arguments("Classification.SECRET > TLSVersion.NONE", ">", Classification.SECRET, TLSVersion.NONE,
                        "'>' not supported between instances of 'Classification' and 'TLSVersion'"),
                arguments("DatastoreType.SQL <= DatastoreType.LDAP", "<=", DatastoreType.SQL, DatastoreType.LDAP,
                        "'<=' not supported between instances of 'DatastoreType' and 'DatastoreType'"));
    }

    @ParameterizedTest(name = "{0} raises TypeError")
    @MethodSource("unordered")
    void should_refuse_to_order_what_python_does_not(String python, String op, Object a, Object b, String message) {
        assertThatThrownBy(() -> Py.order(op, a, b)).isInstanceOf(PyError.class).hasMessage(message)
                .satisfies(e -> assertThat(((PyError) e).kind()).isEqualTo("TypeError"));
    }

    static Stream<Arguments> membership() {
        return Stream.of(
                arguments("'b' in 'abc'", "b", "abc", true),
                arguments("'' in ''", "", "", true),
                arguments("1 in [1.0]", 1L, list(1.0), true),
                arguments("None in [None]", null, list((Object) null), true),
                arguments("2 in (1,)", 2L, tuple(1L), false),
                arguments("'k' in {'k': 1}", "k", dict("k", 1L), true),
                arguments("1 in {1, 2}", 1L, set(1L, 2L), true),
                arguments("'Token' in DataSet([Token]) (pytm's DataSet matches names)", "Token", list(TOKEN), true),
                arguments("Token in [Token]", TOKEN, list(TOKEN), true));
    }

    @ParameterizedTest(name = "{0} is {3}")
    @MethodSource("membership")
    void should_test_membership_as_python_does(String python, Object item, Object container, boolean expected) {
        assertThat(Py.contains(container, item)).isEqualTo(expected);
    }

    static Stream<Arguments> notContainers() {
        return Stream.of(
                arguments("1 in 'abc'", 1L, "abc", "'in <string>' requires string as left operand, not int"),
                arguments("1 in 5", 1L, 5L, "argument of type 'int' is not iterable"),
                arguments("1 in None", 1L, null, "argument of type 'NoneType' is not iterable"));
    }

    @ParameterizedTest(name = "{0} raises TypeError")
    @MethodSource("notContainers")
    void should_refuse_membership_in_what_is_no_container(String python, Object item, Object container,
            String message) {
        assertThatThrownBy(() -> Py.contains(container, item)).isInstanceOf(PyError.class).hasMessage(message);
    }

    static Stream<Arguments> iteration() {
        return Stream.of(
                arguments("list('ab')", "ab", List.of("a", "b")),
                arguments("list('😀x')", "😀x", List.of("😀", "x")),
                arguments("list((1, 2))", tuple(1L, 2L), List.of(1L, 2L)),
                arguments("list({'a': 1, 'b': 2})", dict("a", 1L, "b", 2L), List.of("a", "b")),
                arguments("list({3})", set(3L), List.of(3L)));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("iteration")
    void should_iterate_as_python_does(String python, Object value, List<Object> expected) {
        assertThat((Iterable<Object>) Py.iterate(value)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> typeNames() {
        return Stream.of(
                arguments(null, "NoneType"),
                arguments(true, "bool"),
                arguments(1L, "int"),
                arguments(1.5, "float"),
                arguments("s", "str"),
                arguments(list(), "list"),
                arguments(tuple(), "tuple"),
                arguments(set(), "set"),
                arguments(dict(), "dict"),
                arguments(SERVER, "type"),
                arguments(WEB, "Server"),
                arguments(TOKEN, "Data"),
                arguments(WEB.controls(), "Controls"),
                arguments(Classification.SECRET, "Classification"),
                arguments(DatastoreType.SQL, "DatastoreType"));
    }

    @ParameterizedTest(name = "type({0}).__name__ is {1}")
    @MethodSource("typeNames")
    void should_name_types_as_python_and_pytm_do(Object value, String expected) {
        assertThat(Py.typeName(value)).isEqualTo(expected);
    }

    static Stream<Arguments> reprs() {
        return Stream.of(
                arguments("None", null, "None"),
                arguments("True", true, "True"),
                arguments("-7", -7L, "-7"),
                arguments("1.0", 1.0, "1.0"),
                arguments("-0.0", -0.0, "-0.0"),
                arguments("0.1", 0.1, "0.1"),
                arguments("1e16", 1e16, "1e+16"),
                arguments("1e15", 1e15, "1000000000000000.0"),
                arguments("0.0001", 0.0001, "0.0001"),
                arguments("0.00001", 0.00001, "1e-05"),
                arguments("1.5e-300", 1.5e-300, "1.5e-300"),
                arguments("float('inf')", Double.POSITIVE_INFINITY, "inf"),
                arguments("'it'", "it", "'it'"),
                arguments("\"it's\"", "it's", "\"it's\""),
                arguments("'say \"hi\"'", "say \"hi\"", "'say \"hi\"'"),
                arguments("'\\'\"'", "'\"", "'\\'\"'"),
                arguments("'a\\\\b'", "a\\b", "'a\\\\b'"),
                arguments("'a\\nb\\tc\\r'", "a\nb\tc\r", "'a\\nb\\tc\\r'"),
                arguments("'\\x00\\x7f'", "\u0000\u007f", "'\\x00\\x7f'"),
                arguments("'é\\xa0'", "é\u00a0", "'é\\xa0'"),
                arguments("'\\u2028'", "\u2028", "'\\u2028'"),
                arguments("'😀'", "😀", "'😀'"),
                arguments("[1, 'a', None]", list(1L, "a", null), "[1, 'a', None]"),
                arguments("[]", list(), "[]"),
                arguments("()", tuple(), "()"),
                arguments("(1,)", tuple(1L), "(1,)"),
                arguments("(1, (2,))", tuple(1L, tuple(2L)), "(1, (2,))"),
                arguments("set()", set(), "set()"),
                arguments("{'a', 1}", set("a", 1L), "{'a', 1}"),
                arguments("{}", dict(), "{}"),
                arguments("{'k': [True]}", dict("k", list(true)), "{'k': [True]}"),
                arguments("Classification.SECRET", Classification.SECRET, "<Classification.SECRET: 4>"),
                arguments("DatastoreType.SQL", DatastoreType.SQL, "<DatastoreType.SQL: 'SQL'>"),
                arguments("Server", SERVER, "<class 'pytm.asset.Server'>"),
                arguments("Datastore", PyClass.of(ElementType.DATASTORE), "<class 'pytm.datastore.Datastore'>"),
                arguments("Server('Web') (pytm's str; the memory address of its repr left out)", WEB, "Server(Web)"));
    }

    @ParameterizedTest(name = "repr({0}) is {2}")
    @MethodSource("reprs")
    void should_repr_as_cpython_does(String python, Object value, String expected) {
        assertThat(Py.repr(value)).isEqualTo(expected);
    }

    static Stream<Arguments> strs() {
        return Stream.of(
                arguments("None", null, "None"),
                arguments("False", false, "False"),
                arguments("42", 42L, "42"),
                arguments("2.5", 2.5, "2.5"),
                arguments("'it\\'s'", "it's", "it's"),
                arguments("['it\\'s']", list("it's"), "[\"it's\"]"),
                arguments("(None,)", tuple((Object) null), "(None,)"),
                arguments("Classification.SECRET", Classification.SECRET, "Classification.SECRET"),
                arguments("Server", SERVER, "<class 'pytm.asset.Server'>"),
                arguments("Server('Web')", WEB, "Server(Web)"));
    }

    @ParameterizedTest(name = "str({0}) is {2}")
    @MethodSource("strs")
    void should_str_as_python_does(String python, Object value, String expected) {
        assertThat(Py.str(value)).isEqualTo(expected);
    }

    static Stream<Arguments> asciis() {
        return Stream.of(
                arguments("'é'", "é", "'\\xe9'"),
                arguments("'€'", "€", "'\\u20ac'"),
                arguments("'😀'", "😀", "'\\U0001f600'"),
                arguments("['ü']", list("ü"), "['\\xfc']"));
    }

    @ParameterizedTest(name = "ascii({0}) is {2}")
    @MethodSource("asciis")
    void should_escape_non_ascii_as_python_ascii_does(String python, Object value, String expected) {
        assertThat(Py.ascii(value)).isEqualTo(expected);
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                arguments("format('x', '>3')", "x", ">3", "  x"),
                arguments("format(42, '05')", 42L, "05", "00042"),
                arguments("format(True, 'd')", true, "d", "1"),
                arguments("format(True, '')", true, "", "True"),
                arguments("format(None, '')", null, "", "None"),
                arguments("format(Classification.SECRET, '.5')", Classification.SECRET, ".5", "Class"),
                arguments("format([1], '')", list(1L), "", "[1]"));
    }

    @ParameterizedTest(name = "{0} is {3}")
    @MethodSource("formats")
    void should_format_as_python_does(String python, Object value, String spec, String expected) {
        assertThat(Py.format(value, spec)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("abbreviations")
    void should_abbreviate_long_strings_and_containers_for_messages(String what, Object value, String expected) {
        Repr messages = Repr.abbreviated(10, 2, object -> "<" + Py.str(object) + ">");
        assertThat(messages.of(value)).isEqualTo(expected);
    }

    static Stream<Arguments> abbreviations() {
        return Stream.of(
                arguments("a short str in full", "0123456789", "'0123456789'"),
                arguments("a long str cut", "0123456789x", "'0123456...'"),
                arguments("a long list cut", list(1L, 2L, 3L), "[1, 2, ...]"),
                arguments("a short set in full", set(1L, 2L), "{1, 2}"),
                arguments("a one-tuple", tuple("x"), "('x',)"),
                arguments("objects by the function given", list(Classification.SECRET, WEB),
                        "[<Classification.SECRET>, <Server(Web)>]"));
    }
}
