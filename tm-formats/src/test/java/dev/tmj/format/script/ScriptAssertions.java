package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Model;
import dev.tmj.model.SourceException;

/** Reads a script body after a two-line header, and checks the exact message of a refused one. */
final class ScriptAssertions {
    static final String HEADER = "from pytm import *\ntm = TM(\"Shop\")\n";

    static final String SUPPORTED =
            ": a pytm model script may import only pytm and use only the plain Python tmj supports (docs/pytm-compatibility.md)";

    private ScriptAssertions() {
    }

    /** The model of {@code tm.py} whose lines 3 and on are {@code body}. */
    static Model read(String body) {
        return PytmScriptReader.read(HEADER + body, "tm.py");
    }

    /** What {@code body} printed. */
    static String printed(String body) {
        return read(body).printed();
    }

    static void assertRefused(String body, String message) {
        assertThatThrownBy(() -> read(body)).isExactlyInstanceOf(SourceException.class).hasMessage(message);
    }
}
