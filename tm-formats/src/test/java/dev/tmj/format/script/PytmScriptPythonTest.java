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
}
