package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.SourceException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every refused script gives one line naming file, line and column, and saying what tmj supports. */
class PytmScriptErrorsTest {
    private static final String SUPPORTED =
            ": a pytm model script may import only pytm and use only the plain Python tmj supports (docs/pytm-compatibility.md)";

    /** The first two lines of every script below; errors are on line 3 or later. */
    private static final String HEADER = "from pytm import *\ntm = TM(\"Shop\")\n";

    // Unsupported statements
    @Test
    void should_refuse_a_for_loop_over_a_number_or_with_an_attribute_target() {
        assertError("for name in 5:\n    Server(name)\n", "webapp.py:3:13: 'int' object is not iterable");
        assertError("for tm.name in [\"a\"]:\n    pass\n",
                "webapp.py:3:5: 'for' targets other than names are not supported" + SUPPORTED);
    }

    @Test
    void should_refuse_try_and_raise_statements() {
        assertError("try:\n    web = Server(\"Web\")\nexcept NameError:\n    pass\n",
                "webapp.py:3:1: 'try' statements are not supported" + SUPPORTED);
        assertError("raise ValueError(\"no\")\n", "webapp.py:3:1: 'raise' statements are not supported" + SUPPORTED);
        assertError("def f():\n    x = 1\n    def g():\n        nonlocal x\n",
                "webapp.py:6:9: 'nonlocal' statements are not supported" + SUPPORTED);
    }

    @Test
    void should_refuse_star_parameters_return_outside_a_function_and_bad_calls() {
        assertError("def server(*, name):\n    return Server(name)\n",
                "webapp.py:3:12: keyword-only parameters (a bare '*') are not supported" + SUPPORTED);
        assertError("def server(*names, port):\n    return Server(names[0])\n",
                "webapp.py:3:20: keyword-only parameters (after '*names') are not supported" + SUPPORTED);
        assertError("return 1\n", "webapp.py:3:1: 'return' outside function");
        assertError("def f(a, b=1):\n    return a\nf()\n", "webapp.py:5:1: f() missing 1 required argument: 'a'");
        assertError("def f(n):\n    return f(n + 1)\nf(0)\n",
                "webapp.py:4:12: maximum recursion depth exceeded (100 nested calls)");
    }

    @Test
    void should_refuse_a_class_definition() {
        assertError("class MyServer(Server):\n    pass\n",
                "webapp.py:3:1: class definitions are not supported" + SUPPORTED);
    }

    @Test
    void should_refuse_a_with_statement() {
        assertError("with open(\"x\") as f:\n    pass\n",
                "webapp.py:3:1: 'with' statements are not supported" + SUPPORTED);
    }

    @Test
    void should_refuse_an_elif_without_an_if() {
        assertError("elif tm:\n    pass\n", "webapp.py:3:1: 'elif' without an 'if' before it");
    }

    @Test
    void should_refuse_break_and_continue_outside_a_loop() {
        assertError("if tm:\n    break\n", "webapp.py:4:5: 'break' outside loop");
        assertError("continue\n", "webapp.py:3:1: 'continue' outside loop");
    }

    @Test
    void should_refuse_a_decorator() {
        assertError("@cache\ndef f():\n    pass\n", "webapp.py:3:1: decorators are not supported" + SUPPORTED);
    }

    @Test
    void should_refuse_augmented_assignment_other_than_arithmetic() {
        assertError("port = 80\nport **= 1\n",
                "webapp.py:4:6: augmented assignment ('**=') is not supported here" + SUPPORTED);
    }

    @Test
    void should_refuse_unpacking_assignment() {
        assertError("a, b = Server(\"a\"), Server(\"b\")\n",
                "webapp.py:3:2: comma-separated values (tuple unpacking or a bare tuple) are not supported"
                        + SUPPORTED);
    }

    @Test
    void should_refuse_assignment_to_an_item_of_a_tuple_and_a_model_list_changed_to_the_wrong_type() {
        assertError("names = (\"a\",)\nnames[0] = \"b\"\n",
                "webapp.py:4:1: 'tuple' object does not support item assignment");
        assertError("web = Server(\"Web\")\nweb.data = [Data(\"d\")]\nweb.data.append(5)\n",
                "webapp.py:5:1: Server(Web).data expects DataSet, got list [Data(d), 5] (item 2 is int 5)");
    }

    @Test
    void should_refuse_an_annotated_assignment() {
        assertError("web: Server = Server(\"Web\")\n",
                "webapp.py:3:4: annotated assignments ('name: type = value') are not supported" + SUPPORTED);
    }

    @Test
    void should_refuse_an_expression_statement_that_is_not_a_call() {
        assertError("tm\n", "webapp.py:3:1: expression statements other than pytm constructor calls and "
                + "tm.process() are not supported" + SUPPORTED);
    }

    // Unsupported expressions
    @Test
    void should_refuse_a_lambda() {
        assertError("f = lambda *names: names\n", "webapp.py:3:12: '*' parameters of a lambda are not supported"
                + SUPPORTED);
        assertError("f = lambda: 1\nf = f()\nf()\n", "webapp.py:5:1: 'int' object is not callable");
    }

    @Test
    void should_refuse_a_comprehension_whose_items_do_not_unpack_into_its_loop_variables() {
        assertError("servers = [Server(n) for n, m in [(\"a\", 1, 2)]]\n",
                "webapp.py:3:34: too many values to unpack (expected 2)");
        assertError("x = {k: v for k in [1]}\n", "webapp.py:3:9: name 'v' is not defined");
    }

    @Test
    void should_refuse_an_f_string_inside_an_f_string_and_a_bytes_literal() {
        assertError("web = Server(f\"Web {f'{tm}'}\")\n",
                "webapp.py:3:14: f-string: f-strings are not supported; use a plain string");
        assertError("web = Server(b\"Web\")\n",
                "webapp.py:3:14: bytes literals are not supported; use a plain string");
    }

    @Test
    void should_refuse_star_arguments() {
        assertError("web = Server(*5)\n", "webapp.py:3:15: 'int' object is not iterable");
        assertError("web = Server(\"Web\", **[1])\n",
                "webapp.py:3:23: Server() argument after ** must be a mapping, not list");
        assertError("web = Server(\"Web\", **{1: 2})\n", "webapp.py:3:23: keywords must be strings");
        assertError("def f(a):\n    return a\nf(*5)\n", "webapp.py:5:3: f() argument after * must be an iterable, not int");
        assertError("def f(a):\n    return a\nf(**[1])\n",
                "webapp.py:5:5: f() argument after ** must be a mapping, not list");
        assertError("def f(a):\n    return a\nf(a=1, **{\"a\": 2})\n",
                "webapp.py:5:10: f() got multiple values for keyword argument 'a'");
        assertError("x = *[1]\n", "webapp.py:3:5: expected an expression, found '*'");
    }

    @Test
    void should_refuse_a_subscript_of_a_number_or_out_of_range() {
        assertError("names = 5\nweb = Server(names[0])\n", "webapp.py:4:14: 'int' object is not subscriptable");
        assertError("names = [\"a\"]\nweb = Server(names[1])\n", "webapp.py:4:14: list index out of range");
    }

    @Test
    void should_refuse_an_operator_on_the_wrong_types() {
        assertError("web = Server(\"Web\", port=\"80\" - 1)\n",
                "webapp.py:3:26: unsupported operand type(s) for -: 'str' and 'int'");
    }

    @Test
    void should_refuse_a_dictionary_where_a_string_is_expected() {
        assertError("web = Server(\"Web\", OS={\"name\": \"Debian\"})\n",
                "webapp.py:3:21: Server(Web).OS expects str, got {'name': 'Debian'}");
    }

    @Test
    void should_refuse_percent_formatting() {
        assertError("web = Server(\"Web %s\" % \"x\")\n",
                "webapp.py:3:14: '%' formatting is not supported; use an f-string" + SUPPORTED);
    }

    // Imports and calls
    @Test
    void should_refuse_an_import_of_another_module() {
        assertErrorOf("import subprocess\n", "webapp.py:1:8: importing module 'subprocess' is not supported"
                + SUPPORTED);
        assertErrorOf("import os.path, shutil\n", "webapp.py:1:17: importing module 'shutil' is not supported"
                + SUPPORTED);
    }

    @Test
    void should_refuse_a_from_import_of_another_module() {
        assertErrorOf("from subprocess import run\n",
                "webapp.py:1:6: importing module 'subprocess' is not supported" + SUPPORTED);
    }

    @Test
    void should_refuse_a_relative_import() {
        assertErrorOf("from . import model\n", "webapp.py:1:6: relative imports are not supported" + SUPPORTED);
    }

    @Test
    void should_suggest_the_closest_name_for_an_unknown_pytm_import() {
        assertErrorOf("from pytm import TM, Sever\n",
                "webapp.py:1:22: cannot import name 'Sever' from 'pytm'; did you mean 'Server'?");
    }

    @Test
    void should_refuse_a_call_of_an_unknown_function() {
        assertError("open(\"secrets.txt\")\n", "webapp.py:3:1: 'open' is not supported: a model script cannot "
                + "read files or input");
        assertError("tm.description = eval(\"1\")\n", "webapp.py:3:18: 'eval' is not supported: a model script "
                + "cannot run code it builds or reach Python's internals");
        assertError("run = exec\n", "webapp.py:3:7: 'exec' is not supported: a model script cannot run code it "
                + "builds or reach Python's internals");
        assertError("m = __import__(\"os\")\n", "webapp.py:3:5: '__import__' is not supported: a model script "
                + "cannot run code it builds or reach Python's internals");
        assertError("c = compile(\"1\", \"f\", \"eval\")\n", "webapp.py:3:5: 'compile' is not supported: a model "
                + "script cannot run code it builds or reach Python's internals");
        assertError("x = undefined_function(1)\n", "webapp.py:3:5: calls to 'undefined_function' are not supported"
                + SUPPORTED);
    }

    @Test
    void should_refuse_a_print_keyword_other_than_sep_and_end() {
        assertError("import sys\nsys.stdout.write(\"x\")\n", "webapp.py:4:1: 'sys.stdout' is not supported: "
                + "besides pytm, a model script may use only sys.argv");
        assertErrorOf(HEADER + "print(\"x\", file=None)\n",
                "webapp.py:3:12: 'file' is an invalid keyword argument for print(): tmj supports sep= and end=");
    }

    @Test
    void should_refuse_a_broken_f_string_at_its_position() {
        assertError("x = f\"{}\"\n", "webapp.py:3:5: f-string: empty expression not allowed");
        assertError("x = f\"a}\"\n", "webapp.py:3:5: f-string: single '}' is not allowed");
        assertError("x = f\"{tm.name!x}\"\n",
                "webapp.py:3:5: f-string: invalid conversion character: expected 's', 'r', or 'a'");
        assertError("x = f\"{qq}\"\n", "webapp.py:3:5: name 'qq' is not defined");
        assertError("x = f\"{tm.name:d}\"\n", "webapp.py:3:5: Unknown format code 'd' for object of type 'str'");
    }

    @Test
    void should_refuse_a_call_of_a_method_other_than_process() {
        assertError("tm.resolve()\n", "webapp.py:3:1: calls to 'tm.resolve' are not supported" + SUPPORTED);
    }

    @Test
    void should_suggest_the_closest_class_for_a_misspelt_class() {
        assertError("web = Sever(\"Web\")\n", "webapp.py:3:7: 'Sever' is not a pytm class; did you mean 'Server'?");
    }

    @Test
    void should_suggest_the_closest_class_for_a_misspelt_module_attribute() {
        assertErrorOf("import pytm\ntm = pytm.TM(\"Shop\")\nweb = pytm.Sever(\"Web\")\n",
                "webapp.py:3:7: module 'pytm' has no attribute 'Sever'; did you mean 'Server'?");
    }

    @Test
    void should_say_how_to_import_a_pytm_class_that_was_not_imported() {
        assertErrorOf("from pytm import TM\ntm = TM(\"Shop\")\nweb = Server(\"Web\")\n",
                "webapp.py:3:7: name 'Server' is not defined: import it with 'from pytm import Server'");
    }

    @Test
    void should_suggest_the_closest_name_for_an_undefined_name() {
        assertError("cloud = Boundary(\"Cloud\")\nweb = Server(\"Web\", inBoundary=clod)\n",
                "webapp.py:4:32: name 'clod' is not defined; did you mean 'cloud'?");
    }

    @Test
    void should_refuse_a_finding_with_more_than_its_element_as_positional_arguments() {
        assertError("f = Finding(Server(\"a\"), Server(\"b\"), threat_id=\"X\")\n",
                "webapp.py:3:26: Finding() takes 1 positional argument (element) but 2 were given");
    }

    @Test
    void should_require_a_threat_id_in_an_override() {
        assertError("web = Server(\"Web\")\nweb.overrides = [Finding(response=\"mitigated\")]\n",
                "webapp.py:4:18: Finding() needs threat_id=\"SID\" to override a finding");
    }

    @Test
    void should_refuse_a_second_tm() {
        assertError("other = TM(\"Other\")\n", "webapp.py:3:9: a script may create only one TM; the first is at "
                + "line 2");
    }

    @Test
    void should_refuse_a_script_without_tm() {
        assertErrorOf("from pytm import Server\nweb = Server(\"Web\")\n",
                "webapp.py:1:1: the script never creates its model: a pytm model script must call TM(\"name\")");
    }

    @Test
    void should_refuse_a_missing_dataflow_argument() {
        assertError("a = Actor(\"a\")\nflow = Dataflow(a, name=\"f\")\n",
                "webapp.py:4:8: Dataflow() missing required argument 'sink'");
    }

    @Test
    void should_refuse_a_repeated_keyword() {
        assertError("web = Server(\"Web\", port=80, port=443)\n",
                "webapp.py:3:30: keyword argument repeated: 'port'");
    }

    @Test
    void should_refuse_arguments_to_process() {
        assertError("tm.process(\"--report\")\n",
                "webapp.py:3:1: tm.process() takes no arguments here: tmj's command line does the processing");
    }

    // Attributes and values. pytm accepts attributes it does not define and tmj warns (see
    // PytmScriptExtraAttributesTest); a strict read refuses them with the closest attribute.
    @Test
    void should_suggest_the_closest_attribute_for_an_unknown_attribute() {
        assertStrictError("web = Server(\"Web\")\nweb.usesSessionToken = True\n",
                "webapp.py:4:1: Server has no attribute 'usesSessionToken'; pytm ignores it; did you mean 'usesSessionTokens'? (--strict)");
    }

    @Test
    void should_suggest_the_closest_attribute_for_an_unknown_keyword() {
        assertStrictError("web = Server(\"Web\", protocl=\"HTTPS\")\n",
                "webapp.py:3:21: Server has no attribute 'protocl'; pytm ignores it; did you mean 'protocol'? (--strict)");
    }

    @Test
    void should_suggest_the_closest_control_for_an_unknown_control() {
        assertStrictError("web = Server(\"Web\")\nweb.controls.isHardend = True\n",
                "webapp.py:4:1: Controls has no attribute 'isHardend'; pytm ignores it; did you mean 'isHardened'? (--strict)");
    }

    @Test
    void should_suggest_the_closest_enum_member() {
        assertError("db = Datastore(\"DB\")\ndb.maxClassification = Classification.SECRT\n",
                "webapp.py:4:24: Classification has no member 'SECRT'; did you mean 'SECRET'?");
    }

    @Test
    void should_refuse_a_value_of_the_wrong_type() {
        assertError("web = Server(\"Web\")\nweb.port = \"443\"\n",
                "webapp.py:4:1: Server(Web).port expects int, got str '443'");
    }

    @Test
    void should_refuse_a_wrong_type_in_a_keyword_argument() {
        assertError("web = Server(\"Web\", OS=None)\n", "webapp.py:3:21: Server(Web).OS expects str, got None");
    }

    @Test
    void should_refuse_a_wrong_item_in_a_list() {
        assertError("web = Server(\"Web\", sourceFiles=[\"app.py\", 3])\n",
                "webapp.py:3:21: Server(Web).sourceFiles expects List[str], got list ['app.py', 3] "
                        + "(item 2 is int 3)");
    }

    @Test
    void should_show_values_in_messages_with_pythons_repr_shortened() {
        assertError("web = Server(\"Web\")\nweb.port = \"it's\\n\"\n",
                "webapp.py:4:1: Server(Web).port expects int, got str \"it's\\n\"");
        assertError("web = Server(\"Web\")\nweb.port = \"" + "x".repeat(41) + "\"\n",
                "webapp.py:4:1: Server(Web).port expects int, got str '" + "x".repeat(37) + "...'");
        assertError("web = Server(\"Web\", sourceFiles=(1, 2, 3, 4, 5, 6))\n",
                "webapp.py:3:21: Server(Web).sourceFiles expects List[str], got tuple (1, 2, 3, 4, 5, ...) "
                        + "(item 1 is int 1)");
        assertError("web = Server(\"Web\", port={Classification.SECRET, None})\n",
                "webapp.py:3:21: Server(Web).port expects int, got set {Classification.SECRET, None}");
    }

    @Test
    void should_refuse_an_enum_level_out_of_range() {
        assertError("db = Datastore(\"DB\", maxClassification=9)\n",
                "webapp.py:3:22: Datastore(DB).maxClassification expects Classification, got int 9");
    }

    @Test
    void should_refuse_a_misspelt_status_with_a_suggestion() {
        assertError("web = Server(\"Web\")\nweb.overrides = [Finding(threat_id=\"INP02\", status=\"mitgated\")]\n",
                "webapp.py:4:45: Finding(INP02).status expects FindingStatus, got str 'mitgated'; did you mean "
                        + "'mitigated'?");
    }

    @Test
    void should_refuse_a_malformed_expiry_date() {
        assertError("web = Server(\"Web\")\nweb.overrides = [Finding(threat_id=\"INP02\", expires=\"2027-02-30\")]\n",
                "webapp.py:4:45: Finding(INP02).expires expects date, got str '2027-02-30'");
    }

    @Test
    void should_refuse_a_level_out_of_range() {
        assertError("web = Server(\"Web\", levels=[0, 3000000000])\n",
                "webapp.py:3:21: Server(Web).levels expects Set[int], got list [0, 3000000000] (out of range)");
    }

    @Test
    void should_refuse_a_non_boundary_as_boundary() {
        assertError("a = Actor(\"a\")\nweb = Server(\"Web\", inBoundary=a)\n",
                "webapp.py:4:21: Server(Web).inBoundary expects Boundary, got Actor(a)");
    }

    @Test
    void should_refuse_boundaries_that_contain_each_other() {
        assertError("a = Boundary(\"a\")\nb = Boundary(\"b\", inBoundary=a)\na.inBoundary = b\n",
                "webapp.py:5:1: Boundary(a) cannot be inside Boundary(b): the boundaries would contain each "
                        + "other");
    }

    @Test
    void should_refuse_a_name_that_is_not_a_string() {
        assertError("web = Server(443)\n", "webapp.py:3:14: Server() argument 'name' must be a str, got int 443");
    }

    @Test
    void should_refuse_a_dataflow_endpoint_that_is_not_an_element() {
        assertError("a = Actor(\"a\")\nflow = Dataflow(a, \"Web\", \"f\")\n",
                "webapp.py:4:20: Dataflow() argument 'sink' must be an element, got str 'Web'");
    }

    @Test
    void should_refuse_overwriting_an_element_name() {
        assertError("web = Server(\"Web\")\nweb.name = \"Other\"\n",
                "webapp.py:4:1: cannot overwrite Server.name value");
    }

    @Test
    void should_refuse_replacing_controls() {
        assertError("web = Server(\"Web\")\nweb.controls = None\n", "webapp.py:4:1: assigning to 'controls' is "
                + "not supported: set single controls, for example web.controls.isHardened = True");
    }

    @Test
    void should_refuse_setting_an_attribute_on_a_value_that_is_not_a_model_object() {
        assertError("name = \"Web\"\nname.port = 443\n", "webapp.py:4:1: cannot set attribute 'port' on str "
                + "'Web': attributes can be set only on the TM, elements, Data and controls");
    }

    // Syntax
    @Test
    void should_report_an_unterminated_string_where_it_starts() {
        assertError("web = Server(\"Web)\n", "webapp.py:3:14: unterminated string literal");
    }

    @Test
    void should_report_an_unterminated_triple_quoted_string_where_it_starts() {
        assertError("tm.description = \"\"\"Shop\nweb = Server(\"Web\")\n",
                "webapp.py:3:18: unterminated triple-quoted string");
    }

    @Test
    void should_report_an_unexpected_indent() {
        assertError("web = Server(\"Web\")\n    web.port = 443\n", "webapp.py:4:5: unexpected indent");
    }

    @Test
    void should_report_an_unindent_that_matches_no_outer_level() {
        assertError("if __name__ == \"__main__\":\n        tm.process()\n    pass\n",
                "webapp.py:5:5: unindent does not match any outer indentation level");
    }

    @Test
    void should_report_a_missing_indented_block() {
        assertError("if __name__ == \"__main__\":\npass\n",
                "webapp.py:4:1: expected an indented block after the 'if' statement on line 3");
    }

    @Test
    void should_report_a_bracket_that_is_never_closed() {
        assertError("web = Server(\"Web\",\n    port=443\n", "webapp.py:3:13: '(' was never closed");
    }

    @Test
    void should_report_two_expressions_on_one_line() {
        assertError("web = Server(\"Web\") Server(\"DB\")\n",
                "webapp.py:3:21: expected the end of the statement, found 'Server'");
    }

    @Test
    void should_report_assignment_to_a_call() {
        assertError("Server(\"Web\") = 3\n",
                "webapp.py:3:1: cannot assign to a function call: assign to a name or an attribute");
    }

    @Test
    void should_report_an_invalid_character() {
        assertError("web = $Server(\"Web\")\n", "webapp.py:3:7: invalid character '$' (U+0024)");
    }

    private static void assertError(String body, String message) {
        assertErrorOf(HEADER + body, message);
    }

    private static void assertStrictError(String body, String message) {
        AbstractThrowableAssert<?, ? extends Throwable> thrown =
                assertThatThrownBy(() -> PytmScriptReader.read(HEADER + body, "webapp.py", true));
        thrown.isExactlyInstanceOf(SourceException.class).hasMessage(message);
    }

    private static void assertErrorOf(String script, String message) {
        AbstractThrowableAssert<?, ? extends Throwable> thrown =
                assertThatThrownBy(() -> PytmScriptReader.read(script, "webapp.py"));
        thrown.isExactlyInstanceOf(SourceException.class).hasMessage(message);
        thrown.extracting(Throwable::getMessage).asString().doesNotContain("\n");
    }
}
