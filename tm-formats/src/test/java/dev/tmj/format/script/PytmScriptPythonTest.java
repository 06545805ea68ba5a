package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Model;
import org.junit.jupiter.api.Test;

/** Ordinary Python around the model: print, loops, conditions and builtins, run by tmj's own interpreter. */
class PytmScriptPythonTest {
    private static final String HEADER = "from pytm import *\ntm = TM(\"Shop\")\n";

    private static Model read(String body) {
        return PytmScriptReader.read(HEADER + body, "tm.py");
    }

    @Test
    void should_collect_printed_text_with_sep_and_end_in_order() {
        Model model = read("web = Server(\"Web\")\nprint(\"model\", tm.name, 3, True, None)\n"
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
}
