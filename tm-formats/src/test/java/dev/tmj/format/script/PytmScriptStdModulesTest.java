package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptAssertions.assertRefused;
import static dev.tmj.format.script.ScriptAssertions.printed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code os.path}'s pure path functions, {@code sys.argv}, {@code __file__} and {@code __name__}, and what stays
 * refused around them: the rest of os and sys, file and code access, dunder attributes, and findings.
 */
class PytmScriptStdModulesTest {
    @Test
    void should_name_the_threats_file_beside_the_script_with_os_path() {
        Model model = PytmScriptReader.read("""
                import os
                import os.path
                from os import path
                from os.path import join as pjoin, basename
                from pytm import TM
                tm = TM("Shop")
                tm.threatsFile = os.path.join(os.path.dirname(__file__), "threats.json")
                print(tm.threatsFile == pjoin(path.dirname(os.path.abspath(__file__)), "threats.json"), basename(__file__))
                print(os.path.abspath("lib/../threats.json") == pjoin(os.path.dirname(__file__), "threats.json"))
                """, "models/tm.py");

        String folder = Path.of("models").toAbsolutePath().normalize().toString().replace('\\', '/');
        assertThat(model.get("threatsFile")).isEqualTo(folder + "/threats.json");
        assertThat(model.printed()).isEqualTo("True tm.py\nTrue\n");
    }

    @Test
    void should_join_and_split_paths_as_pythons_posixpath_does() {
        assertThat(printed("""
                import os.path as p
                print(p.join("a", "b/", "c"), p.join("a", "/abs", "c"), p.join("", "x"), p.dirname("/x/y//z"))
                print(p.dirname("/"), p.dirname("name"), "[" + p.basename("a/b/") + "]", p.abspath("/a/./b/../c"))
                """)).isEqualTo("a/b/c /abs/c x /x/y\n/  [] /a/c\n");
    }

    @Test
    void should_give_the_script_its_own_name_as_its_only_argument() {
        assertThat(printed("import sys\nfrom sys import argv\nprint(sys.argv, len(argv), __name__)\n"))
                .isEqualTo("['tm.py'] 1 __main__\n");
        assertRefused("import sys\nname = sys.argv[1]\n", "tm.py:4:8: list index out of range");
    }

    @Test
    void should_refuse_the_rest_of_os_and_sys() {
        assertRefused("import os\nos.system(\"ls\")\n", "tm.py:4:1: 'os.system' is not supported: besides pytm, a "
                + "model script may use only os.path.join, os.path.dirname, os.path.basename and os.path.abspath");
        assertRefused("from os import getenv\n", "tm.py:3:16: 'os.getenv' is not supported: besides pytm, a model "
                + "script may use only os.path.join, os.path.dirname, os.path.basename and os.path.abspath");
        assertRefused("import os\nx = os.path.exists(\"x\")\n", "tm.py:4:5: 'os.path.exists' is not supported: "
                + "besides pytm, a model script may use only os.path.join, os.path.dirname, os.path.basename and "
                + "os.path.abspath");
        assertRefused("import sys\nsys.exit(1)\n",
                "tm.py:4:1: 'sys.exit' is not supported: besides pytm, a model script may use only sys.argv");
        assertRefused("from os.path import *\n", "tm.py:3:6: 'from os.path import *' is not supported: import the "
                + "names you use" + ScriptAssertions.SUPPORTED);
        assertRefused("import os\nx = os.path.join(\"a\", 1)\n", "tm.py:4:5: must be str, not int");
    }

    @Test
    void should_refuse_reading_findings_because_tmj_finds_threats_after_the_script() {
        String why = "reading 'findings' in the script is not supported: tmj finds the threats after the script has "
                + "run and writes the findings itself (--json, --report, ...)";
        assertRefused("tm.process()\nfor f in tm.findings:\n    print(f.id, f.threat_id, f.target)\n",
                "tm.py:4:10: " + why);
        assertRefused("web = Server(\"Web\")\nprint(len(web.findings))\n", "tm.py:4:11: " + why);
        assertRefused("web = Server(\"Web\")\nx = getattr(web, \"findings\")\n", "tm.py:4:5: " + why);
    }

    @Test
    void should_refuse_dunder_attributes() {
        assertRefused("print(tm.__class__)\n",
                "tm.py:3:7: the attribute '__class__' is not supported: a model script cannot reach Python's internals");
        assertRefused("web = Server(\"Web\")\nweb.__dict__ = {}\n",
                "tm.py:4:1: the attribute '__dict__' is not supported: a model script cannot reach Python's internals");
    }
}
