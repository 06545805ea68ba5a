package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.ElementType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreatLibraryTest {
    private static final String BASE = """
            [
              {"SID": "T1", "target": ["Server"], "description": "one", "severity": "High",
               "Likelihood Of Attack": "Low", "condition": "target.controls.isHardened is False"},
              {"SID": "T2", "target": "Process", "description": "two", "condition": "True"},
              {"SID": "OLD", "target": ["Server"], "DEPRECATED": true, "condition": "True"}
            ]
            """;

    @Test
    void should_read_pytms_format_mapping_sid_likelihood_and_single_targets() {
        ThreatLibrary library = ThreatLibrary.fromJson(BASE, "base.json");

        assertThat(library.threats()).extracting(Threat::id).containsExactly("T1", "T2");
        Threat t1 = library.find("T1").orElseThrow();
        assertThat(t1.texts().likelihood()).isEqualTo("Low");
        assertThat(t1.severity()).isEqualTo("High");
        assertThat(library.find("T2").orElseThrow().targets()).containsExactly(ElementType.PROCESS);
        assertThat(t1.location().orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void should_default_a_missing_target_to_every_element_and_a_missing_condition_to_true() {
        ThreatLibrary library = ThreatLibrary.fromJson("[{\"SID\": \"ANY\"}]", "x.json");

        Threat any = library.find("ANY").orElseThrow();
        assertThat(any.targets(ElementType.BOUNDARY)).isTrue();
        assertThat(any.condition().text()).isEqualTo("True");
    }

    @Test
    void should_target_no_element_when_the_target_list_is_empty_as_pythons_isinstance_of_an_empty_tuple() {
        ThreatLibrary library = ThreatLibrary.fromJson("[{\"SID\": \"NONE\", \"target\": []}]", "x.json");

        Threat none = library.find("NONE").orElseThrow();
        assertThat(none.targets()).isEmpty();
        for (ElementType type : ElementType.values()) {
            assertThat(none.targets(type)).as("targets %s", type).isFalse();
            assertThat(library.threatsFor(type)).as("threats for %s", type).isEmpty();
        }
    }

    @Test
    void should_combine_libraries_and_reject_a_sid_defined_twice() {
        ThreatLibrary base = ThreatLibrary.fromJson(BASE, "base.json");
        ThreatLibrary extra = ThreatLibrary.fromJson("[{\"SID\": \"X1\", \"condition\": \"True\"}]", "extra.json");
        ThreatLibrary clash = ThreatLibrary.fromJson("[{\"SID\": \"T2\", \"condition\": \"True\"}]", "clash.json");

        assertThat(base.and(extra).threats()).extracting(Threat::id).containsExactly("T1", "T2", "X1");
        assertThatThrownBy(() -> base.and(clash)).isInstanceOf(ThreatLibraryException.class)
                .hasMessage("clash.json:1:2: threat T2 is already defined by base.json; "
                        + "declare the library as an override to replace it");
    }

    @Test
    void should_let_an_override_library_replace_threats_in_place_and_append_new_ones() {
        ThreatLibrary base = ThreatLibrary.fromJson(BASE, "base.json");
        ThreatLibrary mine = ThreatLibrary.fromJson(
                "[{\"SID\": \"T1\", \"description\": \"mine\"}, {\"SID\": \"N1\"}]", "mine.json");

        ThreatLibrary combined = base.overriddenBy(mine);

        assertThat(combined.threats()).extracting(Threat::id).containsExactly("T1", "T2", "N1");
        assertThat(combined.find("T1").orElseThrow().description()).isEqualTo("mine");
    }

    @Test
    void should_report_malformed_json_with_line_and_column() {
        assertThatThrownBy(() -> ThreatLibrary.fromJson("[\n  {\"SID\": \"A\",}\n]", "bad.json"))
                .isInstanceOf(ThreatLibraryException.class)
                .hasMessageStartingWith("bad.json:2:")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void should_report_a_broken_condition_with_the_sid_and_position() {
        String json = "[\n  {\"SID\": \"B1\", \"target\": \"Server\",\n   \"condition\": \"target.controls.isHardend is False\"}\n]";

        assertThatThrownBy(() -> ThreatLibrary.fromJson(json, "broken.json"))
                .isInstanceOf(ThreatLibraryException.class)
                .hasMessage("broken.json:3:17: Invalid condition of threat B1 at column 17: Controls has no "
                        + "attribute 'isHardend'; did you mean 'isHardened'?");
    }

    @Test
    void should_reject_unknown_keys_and_target_classes_with_suggestions() {
        assertThatThrownBy(() -> ThreatLibrary.fromJson("[{\"SID\": \"A\", \"conditon\": \"True\"}]", "k.json"))
                .hasMessage("k.json:1:15: unknown key \"conditon\" in threat; did you mean \"condition\"?");
        assertThatThrownBy(() -> ThreatLibrary.fromJson("[{\"SID\": \"A\", \"target\": \"Sever\"}]", "t.json"))
                .hasMessage("t.json:1:25: threat A targets unknown class \"Sever\"; did you mean \"Server\"?");
    }

    @Test
    void should_report_an_unreadable_file_by_name(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> ThreatLibrary.fromJson(missing)).isInstanceOf(ThreatLibraryException.class)
                .hasMessageStartingWith(missing + ": cannot read threat library");
    }

    @Test
    void should_reject_a_sid_defined_twice_in_one_file(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("dup.json"), "[{\"SID\": \"A\"},\n {\"SID\": \"A\"}]");

        assertThatThrownBy(() -> ThreatLibrary.fromJson(file))
                .hasMessage(file + ":2:2: duplicate threat SID A (first defined at line 1)");
    }

    @Test
    void should_read_each_built_in_library_once_and_share_it_between_threads() throws Exception {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<ThreatLibrary>> asked = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(threads.submit(() -> ThreatLibrary.builtIn()));
            }
            ThreatLibrary first = ThreatLibrary.builtIn();
            for (java.util.concurrent.Future<ThreatLibrary> library : asked) {
                assertThat(library.get()).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(ThreatLibrary.builtIn("pytm")).isSameAs(ThreatLibrary.builtIn());
        assertThat(ThreatLibrary.builtIn("iac")).isSameAs(ThreatLibrary.builtIn("iac"));
        assertThat(ThreatLibrary.builtIn("linddun")).isSameAs(ThreatLibrary.builtIn("linddun"));
        assertThat(ThreatLibrary.builtIn("all").threats()).containsExactlyElementsOf(java.util.stream.Stream.of(
                ThreatLibrary.builtIn(), ThreatLibrary.builtIn("iac"), ThreatLibrary.builtIn("linddun"))
                .flatMap(library -> library.threats().stream()).toList());
    }
}
