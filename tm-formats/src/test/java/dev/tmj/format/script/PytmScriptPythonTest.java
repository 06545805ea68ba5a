package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ordinary Python around the model: print, loops, conditions and builtins, run by tmj's own interpreter. */
class PytmScriptPythonTest {
    private static final String HEADER = "from pytm import *\ntm = TM(\"Shop\")\n";

    private static Model read(String body) {
        return PytmScriptReader.read(HEADER + body, "tm.py");
    }

    @Test
    void should_collect_printed_text_with_sep_and_end_in_order() {
        Model model = read("if __name__ == \"__main__\":\n    pass\nelse:\n    print(\"never\")\n"
                + "web = Server(\"Web\")\nprint(\"model\", tm.name, 3, True, None)\n"
                + "print(\"a\", \"b\", sep=\"-\", end=\"!\\n\")\nprint()\nprint(web.name, end=\"\")\n");

        assertThat(model.printed()).isEqualTo("model Shop 3 True None\na-b!\n\nWeb");
    }

    @Test
    void should_keep_printed_text_in_a_copy_of_the_model() {
        assertThat(read("print(\"hi\")\n").copy().printed()).isEqualTo("hi\n");
    }

    @Test
    void should_format_f_strings_with_conversions_specs_and_braces() {
        Model model = read("web = Server(\"Web\", port=443)\nwidth = 6\n"
                + "print(f\"{web.name} listens on {web.port:>{width}}|{web.name!r} {{x}} {tm.name:_^8}\")\n"
                + "print(\"plain \" f'{3:03d}' \" joined\")\n"
                + "web.description = f\"{web} is {Classification.SECRET}\"\n");

        assertThat(model.printed()).isEqualTo("Web listens on    443|'Web' {x} __Shop__\nplain 003 joined\n");
        assertThat(model.elements().get(0).get("description")).isEqualTo("Server(Web) is Classification.SECRET");
    }

    @Test
    void should_create_elements_in_loops_with_conditions() {
        Model model = read("""
                names = ["web", "api", "db", "cache"]
                servers = {}
                for i, name in enumerate(names):
                    if name == "db":
                        continue
                    elif name.startswith("ca"):
                        break
                    else:
                        pass
                    servers[name] = Server(name.upper() + "-" + str(i + 1))
                total = 0
                for n in range(5):
                    total += n
                count = 0
                while count < 3:
                    count += 1
                labels = sorted(servers.keys(), reverse=True)
                print(", ".join(labels), total, count, len(servers), int("42") * 2)
                print("{} of {:>3}".format(len(labels), 10), "a,b".split(","), " x ".strip().replace("x", "y"))
                for a, b in [(1, 2), (3, 4)]:
                    print(a + b, end=" ")
                print(servers["api"].name, [1, 2, 3][-1], "web"[1:], not False and 7 if 1 in [1] else 0)
                """);

        assertThat(model.elements()).extracting(Element::name).containsExactly("WEB-1", "API-2");
        assertThat(model.printed()).isEqualTo("web, api 10 3 2 84\n2 of  10 ['a', 'b'] y\n3 7 API-2 3 eb 7\n");
    }

    @Test
    void should_stop_an_endless_loop_at_the_step_budget() {
        assertRefusedQuickly("while True:\n    pass\n",
                "tm.py:4:5: the script ran more than 1000000 steps; is there an endless loop?");
        assertRefusedQuickly("x = 0\nfor i in range(100):\n    x += 1\nfor i in range(100000000):\n    x += 1\n",
                "tm.py:7:5: the script ran more than 1000000 steps; is there an endless loop?");
    }

    @Test
    void should_stop_a_huge_allocation_at_the_size_budget() {
        assertRefusedQuickly("x = [0] * 100000000\n",
                "tm.py:3:5: the script built a value of more than 10000000 items or characters");
        assertRefusedQuickly("s = \"ab\"\nwhile True:\n    s = s + s\n",
                "tm.py:5:9: the script built a value of more than 10000000 items or characters");
        assertRefusedQuickly("x = [0]\nfor i in range(40):\n    x += x\n",
                "tm.py:5:10: the script built a value of more than 10000000 items or characters");
    }

    private static void assertRefusedQuickly(String body, String message) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> read(body)).isExactlyInstanceOf(SourceException.class).hasMessage(message));
    }

    @Test
    void should_build_lists_with_comprehensions_whose_variables_stay_their_own() {
        Model model = read("""
                n = "kept"
                servers = [Server(n.upper()) for n in ["a", "b", "c"] if n != "b"]
                pairs = [x * y for x in range(1, 3) for y in range(3)]
                print(n, len(servers), pairs, ", ".join(s.name for s in servers))
                """);

        assertThat(model.elements()).extracting(Element::name).containsExactly("A", "C");
        assertThat(model.printed()).isEqualTo("kept 2 [0, 1, 2, 0, 2, 4] A, C\n");
    }

    @Test
    void should_call_functions_the_script_defines_with_defaults_and_keywords() {
        Model model = read("""
                def server(name, port=443, hardened=False):
                    s = Server(name, port=port)
                    s.controls.isHardened = hardened
                    return s
                def label(s):
                    if s.port == 443:
                        return f"{s.name} (https)"
                    return s.name
                web = server("Web")
                api = server("Api", 8080, hardened=True)
                print(label(web), label(api), [label(x) for x in [web, api]])
                """);

        assertThat(model.elements()).extracting(Element::name).containsExactly("Web", "Api");
        assertThat(model.printed()).isEqualTo("Web (https) Api ['Web (https)', 'Api']\n");
    }

    @Test
    void should_change_lists_the_script_built_and_compute_powers() {
        Model model = read("""
                names = ["a"]
                alias = names
                names.append("b")
                names.extend(("c", "d"))
                names[0] = "z"
                print(alias, 2 ** 10, 2 ** -1, (-1) ** 1000001)
                """);

        assertThat(model.printed()).isEqualTo("['z', 'b', 'c', 'd'] 1024 0.5 -1\n");
    }

    @Test
    void should_stop_a_script_that_builds_too_much_in_all() {
        assertRefusedQuickly("kept = []\nfor i in range(20):\n    kept.append([0] * 9000000)\n",
                "tm.py:5:17: the script built more than 100000000 items or characters in all");
        assertRefusedQuickly("x = 2 ** 64\n", "tm.py:3:5: integer overflow: tmj's integers have 64 bits");
    }
}
