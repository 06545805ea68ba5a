package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptAssertions.assertRefused;
import static dev.tmj.format.script.ScriptAssertions.printed;
import static dev.tmj.format.script.ScriptAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The helpers larger scripts build around pytm's classes (found in the corpus of published scripts,
 * docs/pytm-corpus.md): settings kept in dicts and passed with {@code **}, findings kept in names and added to
 * {@code overrides} later, comprehensions that unpack, and {@code pathlib} to name the threat library.
 */
class PytmScriptHelpersTest {
    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_pass_settings_kept_in_a_dict_to_a_pytm_class_with_double_star() {
        Model model = read("""
                HARDENED = dict(OS="Linux", port=443)
                def database(name, **attributes):
                    return Datastore(name, isSQL=True, storesPII=attributes.pop("storesPII", False), **attributes)
                db = database("Orders", storesPII=True, port=5432)
                web = Server(*["Web"], **HARDENED)
                """);

        Element db = element(model, "Orders");
        assertThat(db.get("storesPII")).isEqualTo(true);
        assertThat(db.get("port")).isEqualTo(5432L);
        assertThat(db.get("isSQL")).isEqualTo(true);
        assertThat(element(model, "Web").get("OS")).isEqualTo("Linux");
    }

    @Test
    void should_keep_a_finding_in_a_name_and_add_it_to_overrides_later_as_pytm_does() {
        Model model = read("""
                def respond(element, threat_id, response):
                    finding = Finding(element, threat_id=threat_id, response=response)
                    if element.overrides:
                        element.overrides.append(finding)
                    else:
                        element.overrides = [finding]
                web = Server("Web")
                respond(web, "INP02", "mitigated")
                respond(web, "AC01", "accepted")
                kept = web.overrides
                kept.append(Finding(threat_id="DE01", response="transferred"))
                """);

        @SuppressWarnings("unchecked")
        List<FindingOverride> overrides = (List<FindingOverride>) element(model, "Web").get("overrides");
        assertThat(overrides).extracting(FindingOverride::threatId).containsExactly("INP02", "AC01", "DE01");
    }

    @Test
    void should_write_back_each_change_the_script_makes_to_a_list_it_read_from_the_model() {
        Model model = read("""
                web = Server("Web")
                flow = Dataflow(Actor("User"), web, "Browse", data=[Data("a"), Data("b")])
                flow.data.append(Data("c"))
                flow.data[0] = Data("z")
                del flow.data[1]
                flow.data.reverse()
                """);

        assertThat(model.printed()).isEmpty();
        Element flow = model.elements().stream().filter(e -> e.name().equals("Browse")).findFirst().orElseThrow();
        assertThat(flow.get("data").toString()).contains("c").contains("z").doesNotContain("b");
        assertThat(printed("""
                flow = Dataflow(Actor("U"), Server("W"), "F", data=[Data("a"), Data("b")])
                flow.data.append(Data("c"))
                flow.data[0] = Data("z")
                del flow.data[1]
                flow.data.reverse()
                print([d.name for d in flow.data])
                """)).isEqualTo("['c', 'z']\n");
    }

    @Test
    void should_unpack_items_in_comprehensions_and_build_dicts_with_dict_comprehensions() {
        assertThat(printed("""
                ports = {"web": 443, "db": 5432}
                print([f"{k}:{v}" for k, v in ports.items()], [k for (k, v) in ports.items() if v > 1000])
                print({name: port + 1 for name, port in ports.items()}, {n: len(n) for n in ["ab", "c"]})
                k = "kept"
                print(sorted({v: k for k, v in ports.items()}.values()), k)
                """)).isEqualTo("['web:443', 'db:5432'] ['db']\n{'web': 444, 'db': 5433} {'ab': 2, 'c': 1}\n"
                + "['db', 'web'] kept\n");
    }

    @Test
    void should_name_the_threat_library_with_pathlib_without_touching_the_file_system() {
        Model model = dev.tmj.format.script.PytmScriptReader.read("""
                from pathlib import Path
                from pytm import TM
                tm = TM("Shop")
                HERE = Path(__file__).resolve()
                tm.threatsFile = str(HERE.parents[1] / "lib" / "threats.json")
                print(HERE.name, HERE.stem, HERE.suffix, HERE.parent.name, repr(Path("a", "b//c/") / "d"))
                print(Path("/x/y").joinpath("..", "z").resolve(), Path("a").as_posix(), Path("/a", "/b"))
                """, "systems/shop/tm.py");

        String root = Path.of("systems").toAbsolutePath().normalize().toString().replace('\\', '/');
        assertThat(model.get("threatsFile")).isEqualTo(root + "/lib/threats.json");
        assertThat(model.printed()).isEqualTo("tm.py tm .py shop PosixPath('a/b/c/d')\n/x/z a /b\n");
    }

    @Test
    void should_refuse_what_pathlib_would_read_or_write_on_disk() {
        assertRefused("from pathlib import Path\nPath(\"t.json\").read_text()\n",
                "tm.py:4:1: 'Path.read_text' is not supported: a model script's paths are names only; tmj offers"
                        + " resolve, absolute, joinpath, as_posix and / parent parents name stem suffix");
        assertRefused("from pathlib import Path\nx = Path(\"t.json\").exists()\n",
                "tm.py:4:5: 'Path.exists' is not supported: a model script's paths are names only; tmj offers"
                        + " resolve, absolute, joinpath, as_posix and / parent parents name stem suffix");
        assertRefused("import pathlib\nx = pathlib.Path.home()\n",
                "tm.py:4:5: calls to 'pathlib.Path.home' are not supported"
                        + ScriptAssertions.SUPPORTED);
        assertRefused("import pathlib\nx = pathlib.glob\n",
                "tm.py:4:5: 'pathlib.glob' is not supported: besides pytm, a model script may use only pathlib's"
                        + " Path (with / parent parents name stem suffix resolve absolute joinpath)");
    }
}
