package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements and values that pytm scripts use and pytm accepts although they change nothing special. */
class PytmScriptValuesTest {
    private static final String HEADER = "from pytm import *\ntm = TM(\"Shop\")\n";

    @Test
    void should_ignore_a_finding_created_on_its_own_as_pytm_does() {
        Model model = read("web = Server(\"Web\")\nFinding(web, threat_id=\"INP02\", response=\"mitigated\")\n"
                + "import pytm\npytm.Finding(element=web, description=\"noted\")\n");

        assertThat(model.elements()).extracting(Element::label).containsExactly("Server(Web)");
        assertThat(model.elements().get(0).overrides()).isEmpty();
    }

    @Test
    void should_still_refuse_an_undefined_name_in_an_ignored_finding() {
        assertError("Finding(element=nowhere)\n", "webapp.py:3:17: name 'nowhere' is not defined");
    }

    @Test
    void should_accept_levels_as_a_frozenset_or_a_set_call() {
        Model model = read("web = Server(\"Web\", levels=frozenset([0, 1]))\ndb = Datastore(\"DB\")\n"
                + "db.levels = set((2,))\nfn = Lambda(\"Fn\", levels=set())\n");

        assertThat(element(model, "Web").levels()).containsExactly(0L, 1L);
        assertThat(element(model, "DB").levels()).containsExactly(2L);
        assertThat(element(model, "Fn").levels()).isEmpty();
    }

    @Test
    void should_accept_list_and_tuple_calls() {
        Model model = read("web = Server(\"Web\", sourceFiles=list((\"a.py\", \"b.py\")))\n"
                + "web.levels = tuple([3])\n");

        assertThat(element(model, "Web").get("sourceFiles")).isEqualTo(List.of("a.py", "b.py"));
        assertThat(element(model, "Web").levels()).containsExactly(3L);
    }

    @Test
    void should_refuse_a_collection_call_that_python_refuses() {
        assertError("web = Server(\"Web\", levels=frozenset(1))\n",
                "webapp.py:3:38: 'int' object is not iterable");
        assertError("web = Server(\"Web\", levels=set([1], [2]))\n",
                "webapp.py:3:28: set() takes at most 1 argument (2 given)");
    }

    private static Model read(String body) {
        return PytmScriptReader.read(HEADER + body, "shop.py");
    }

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertError(String body, String message) {
        assertThatThrownBy(() -> PytmScriptReader.read(HEADER + body, "webapp.py"))
                .isExactlyInstanceOf(SourceException.class).hasMessage(message);
    }
}
