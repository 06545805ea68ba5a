package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Classification;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import org.junit.jupiter.api.Test;

/** Every import path pytm 1.4.0's package accepts, and nothing else. */
class PytmScriptImportsTest {
    @Test
    void should_import_from_the_pytm_pytm_module() {
        Model model = read("from pytm.pytm import TM, Server, Dataflow, Actor\n"
                + "tm = TM(\"Shop\")\nweb = Server(\"Web\")\nuser = Actor(\"User\")\nf = Dataflow(user, web, \"Login\")\n");

        assertThat(model.elements()).extracting(Element::label)
                .containsExactly("Server(Web)", "Actor(User)", "Dataflow(Login)");
    }

    @Test
    void should_import_from_pytms_submodules_the_names_each_one_binds() {
        Model model = read("from pytm.tm import TM\nfrom pytm.asset import Server, Element\n"
                + "from pytm.enums import Classification\nfrom pytm.data import Data\n"
                + "from pytm.dataflow import Dataflow\nfrom pytm.actor import Actor\n"
                + "from pytm.boundary import Boundary\nfrom pytm.datastore import Datastore\n"
                + "from pytm.process import Process, SetOfProcesses\nfrom pytm.base import Assumption, Controls\n"
                + "from pytm.finding import Finding\nfrom pytm.element import TLSVersion\n"
                + "tm = TM(\"Shop\")\nweb = Server(\"Web\", maxClassification=Classification.SECRET)\n");

        assertThat(model.elements().get(0).get("maxClassification")).isEqualTo(Classification.SECRET);
    }

    @Test
    void should_import_every_name_of_a_submodule_with_a_star() {
        Model model = read("from pytm.tm import *\nfrom pytm.asset import *\ntm = TM(\"Shop\")\nweb = Server(\"Web\")\n");

        assertThat(model.elements()).extracting(Element::label).containsExactly("Server(Web)");
    }

    @Test
    void should_reach_a_submodule_imported_with_import() {
        Model model = read("import pytm.pytm\nimport pytm.asset as assets\nfrom pytm import flows\n"
                + "tm = pytm.pytm.TM(\"Shop\")\nweb = assets.Server(\"Web\")\n");

        assertThat(model.name()).isEqualTo("Shop");
        assertThat(model.elements()).extracting(Element::label).containsExactly("Server(Web)");
    }

    @Test
    void should_refuse_a_name_that_the_submodule_does_not_bind() {
        assertError("from pytm.asset import Datastore\n",
                "webapp.py:1:24: cannot import name 'Datastore' from 'pytm.asset'; import it from 'pytm'");
    }

    @Test
    void should_suggest_the_closest_name_of_the_submodule() {
        assertError("from pytm.enums import Clasification\n",
                "webapp.py:1:24: cannot import name 'Clasification' from 'pytm.enums'; did you mean 'Classification'?");
    }

    @Test
    void should_refuse_a_module_pytm_does_not_have() {
        assertError("from pytm.server import Server\n", "webapp.py:1:6: importing module 'pytm.server' is not "
                + "supported: a pytm model script may import only pytm and use only the plain Python tmj supports (docs/pytm-compatibility.md)");
        assertError("import pytm.os\n", "webapp.py:1:8: importing module 'pytm.os' is not "
                + "supported: a pytm model script may import only pytm and use only the plain Python tmj supports (docs/pytm-compatibility.md)");
    }

    @Test
    void should_refuse_a_missing_attribute_of_a_submodule() {
        assertError("import pytm.asset as a\ntm = a.TM(\"Shop\")\n",
                "webapp.py:2:6: module 'pytm.asset' has no attribute 'TM'");
    }

    @Test
    void should_refuse_to_call_a_module() {
        assertError("import pytm\nfrom pytm import TM\ntm = TM(\"Shop\")\nx = pytm.flows()\n",
                "webapp.py:4:5: 'pytm.flows' is a module, not a pytm class");
    }

    private static Model read(String script) {
        return PytmScriptReader.read(script, "shop.py");
    }

    private static void assertError(String script, String message) {
        assertThatThrownBy(() -> PytmScriptReader.read(script, "webapp.py"))
                .isExactlyInstanceOf(SourceException.class).hasMessage(message);
    }
}
