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

    /** {@code ==}, {@code is}, {@code in} and the orderings, as a condition's comparison evaluates them. */
    static Stream<Arguments> comparisons() {
        return Stream.of(
                arguments("1 == 1", "==", 1L, 1L, true),
                arguments("1 == 1.0", "==", 1L, 1.0, true),
                arguments("True == 1", "==", true, 1L, true),
                arguments("False == 0.0", "==", false, 0.0, true),
                arguments("1 == '1'", "==", 1L, "1", false),
                arguments("None == None", "==", null, null, true),
                arguments("None == 0", "==", null, 0L, false),
                arguments("'a' == 'a'", "==", "a", new String("a"), true),
                arguments("[1, 2] == [1.0, 2]", "==", list(1L, 2L), list(1.0, 2L), true),
                arguments("[1] == [1, 2]", "==", list(1L), list(1L, 2L), false),
                arguments("(1,) == [1]", "==", tuple(1L), list(1L), false),
                arguments("(1, None) == (1, None)", "==", tuple(1L, null), tuple(1L, null), true),
                arguments("{1, 2} == {2, 1}", "==", set(1L, 2L), set(2L, 1L), true),
                arguments("{1} == [1]", "==", set(1L), list(1L), false),
                arguments("{'a': 1} == {'a': 1}", "==", dict("a", 1L), dict("a", 1L), true),
                arguments("Classification.SECRET == Classification.SECRET", "==", Classification.SECRET,
                        Classification.SECRET, true),
                arguments("Classification.PUBLIC == 1", "==", Classification.PUBLIC, 1L, false),
                arguments("Server == Server", "==", SERVER, PyClass.of(ElementType.SERVER), true),
                arguments("Server == Datastore", "==", SERVER, PyClass.of(ElementType.DATASTORE), false),
                arguments("None is None", "is", null, null, true),
                arguments("True is True", "is", true, true, true),
                arguments("1 is 1 (CPython caches small ints)", "is", 1L, Long.valueOf(1), true),
                arguments("1000 is 1000 (computed, not cached)", "is", 1000L, Long.valueOf(1000), false),
                arguments("'a' is 'a' (interned literals)", "is", "a", new String("a"), true),
                arguments("[] is []", "is", list(), list(), false),
                arguments("Server is Server", "is", SERVER, PyClass.of(ElementType.SERVER), true),
                arguments("1 is True", "is", 1L, true, false),
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
                        false),
                arguments("'b' in 'abc'", "in", "b", "abc", true),
                arguments("'' in ''", "in", "", "", true),
                arguments("1 in [1.0]", "in", 1L, list(1.0), true),
                arguments("None in [None]", "in", null, list((Object) null), true),
                arguments("2 in (1,)", "in", 2L, tuple(1L), false),
                arguments("'k' in {'k': 1}", "in", "k", dict("k", 1L), true),
                arguments("1 in {1, 2}", "in", 1L, set(1L, 2L), true),
                arguments("'Token' in DataSet([Token]) (pytm's DataSet matches names)", "in", "Token", list(TOKEN),
                        true),
                arguments("Token in [Token]", "in", TOKEN, list(TOKEN), true));
    }

    @ParameterizedTest(name = "{0} is {4}")
    @MethodSource("comparisons")
    void should_compare_as_python_does(String python, String op, Object a, Object b, boolean expected) {
        assertThat(compare(op, a, b)).isEqualTo(expected);
        if (op.equals("==")) {
            assertThat(Py.eq(b, a)).as("symmetric").isEqualTo(expected);
        }
    }

    /** Where Python raises TypeError: orderings of unordered values, membership in what is no container. */
    static Stream<Arguments> incomparable() {
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
                        "'<=' not supported between instances of 'DatastoreType' and 'DatastoreType'"),
                arguments("1 in 'abc'", "in", 1L, "abc", "'in <string>' requires string as left operand, not int"),
                arguments("1 in 5", "in", 1L, 5L, "argument of type 'int' is not iterable"),
                arguments("1 in None", "in", 1L, null, "argument of type 'NoneType' is not iterable"));
    }

    @ParameterizedTest(name = "{0} raises TypeError")
    @MethodSource("incomparable")
    void should_raise_type_error_where_python_does(String python, String op, Object a, Object b, String message) {
        assertThatThrownBy(() -> compare(op, a, b)).isInstanceOf(PyError.class).hasMessage(message)
                .satisfies(e -> assertThat(((PyError) e).kind()).isEqualTo("TypeError"));
    }

    private static boolean compare(String op, Object a, Object b) {
        return switch (op) {
            case "==" -> Py.eq(a, b);
            case "is" -> Py.is(a, b);
            case "in" -> Py.contains(b, a);
            default -> Py.order(op, a, b);
        };
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

    /** {@code repr()}, {@code str()} and {@code ascii()}: the builtin, the Python value, the value, the text. */
    static Stream<Arguments> texts() {
        return Stream.of(
                arguments("repr", "None", null, "None"),
                arguments("repr", "True", true, "True"),
                arguments("repr", "-7", -7L, "-7"),
                arguments("repr", "1.0", 1.0, "1.0"),
                arguments("repr", "-0.0", -0.0, "-0.0"),
                arguments("repr", "0.1", 0.1, "0.1"),
                arguments("repr", "1e16", 1e16, "1e+16"),
                arguments("repr", "1e15", 1e15, "1000000000000000.0"),
                arguments("repr", "0.0001", 0.0001, "0.0001"),
                arguments("repr", "0.00001", 0.00001, "1e-05"),
                arguments("repr", "1.5e-300", 1.5e-300, "1.5e-300"),
                arguments("repr", "float('inf')", Double.POSITIVE_INFINITY, "inf"),
                arguments("repr", "'it'", "it", "'it'"),
                arguments("repr", "\"it's\"", "it's", "\"it's\""),
                arguments("repr", "'say \"hi\"'", "say \"hi\"", "'say \"hi\"'"),
                arguments("repr", "'\\'\"'", "'\"", "'\\'\"'"),
                arguments("repr", "'a\\\\b'", "a\\b", "'a\\\\b'"),
                arguments("repr", "'a\\nb\\tc\\r'", "a\nb\tc\r", "'a\\nb\\tc\\r'"),
                arguments("repr", "'\\x00\\x7f'", "\u0000\u007f", "'\\x00\\x7f'"),
                arguments("repr", "'é\\xa0'", "é\u00a0", "'é\\xa0'"),
                arguments("repr", "'\\u2028'", "\u2028", "'\\u2028'"),
                arguments("repr", "'😀'", "😀", "'😀'"),
                arguments("repr", "[1, 'a', None]", list(1L, "a", null), "[1, 'a', None]"),
                arguments("repr", "[]", list(), "[]"),
                arguments("repr", "()", tuple(), "()"),
                arguments("repr", "(1,)", tuple(1L), "(1,)"),
                arguments("repr", "(1, (2,))", tuple(1L, tuple(2L)), "(1, (2,))"),
                arguments("repr", "set()", set(), "set()"),
                arguments("repr", "{'a', 1}", set("a", 1L), "{'a', 1}"),
                arguments("repr", "{}", dict(), "{}"),
                arguments("repr", "{'k': [True]}", dict("k", list(true)), "{'k': [True]}"),
                arguments("repr", "Classification.SECRET", Classification.SECRET, "<Classification.SECRET: 4>"),
                arguments("repr", "DatastoreType.SQL", DatastoreType.SQL, "<DatastoreType.SQL: 'SQL'>"),
                arguments("repr", "Server", SERVER, "<class 'pytm.asset.Server'>"),
                arguments("repr", "Datastore", PyClass.of(ElementType.DATASTORE),
                        "<class 'pytm.datastore.Datastore'>"),
                arguments("repr", "Server('Web') (pytm's str; the memory address of its repr left out)", WEB,
                        "Server(Web)"),
                arguments("str", "None", null, "None"),
                arguments("str", "False", false, "False"),
                arguments("str", "42", 42L, "42"),
                arguments("str", "2.5", 2.5, "2.5"),
                arguments("str", "'it\\'s'", "it's", "it's"),
                arguments("str", "['it\\'s']", list("it's"), "[\"it's\"]"),
                arguments("str", "(None,)", tuple((Object) null), "(None,)"),
                arguments("str", "Classification.SECRET", Classification.SECRET, "Classification.SECRET"),
                arguments("str", "Server", SERVER, "<class 'pytm.asset.Server'>"),
                arguments("str", "Server('Web')", WEB, "Server(Web)"),
                arguments("ascii", "'é'", "é", "'\\xe9'"),
                arguments("ascii", "'€'", "€", "'\\u20ac'"),
                arguments("ascii", "'😀'", "😀", "'\\U0001f600'"),
                arguments("ascii", "['ü']", list("ü"), "['\\xfc']"));
    }

    @ParameterizedTest(name = "{0}({1}) is {3}")
    @MethodSource("texts")
    void should_write_values_as_cpython_does(String builtin, String python, Object value, String expected) {
        String text = switch (builtin) {
            case "repr" -> Py.repr(value);
            case "str" -> Py.str(value);
            default -> Py.ascii(value);
        };
        assertThat(text).isEqualTo(expected);
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
