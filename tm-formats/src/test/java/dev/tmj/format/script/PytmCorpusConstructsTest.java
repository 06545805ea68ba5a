package dev.tmj.format.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructs that pytm scripts published by other people use (see docs/pytm-corpus.md), each in a small model
 * written for this test. The corpus itself stays outside the project: only the constructs are kept here.
 */
class PytmCorpusConstructsTest {
    private static final String HEADER = "from pytm import *\ntm = TM(\"Depot\")\n";

    @Test
    void should_place_existing_elements_in_a_boundary_through_a_loop_over_a_list() {
        Model model = read("""
                yard = Boundary("Yard")
                office = Boundary("Office")
                crane = Process("Crane")
                gate = Server("Gate")
                clerk = Actor("Clerk")
                for item in [crane, gate]:
                    item.inBoundary = yard
                for item in [clerk]:
                    item.inBoundary = office
                """);

        assertThat(element(model, "Crane").inBoundary()).contains(element(model, "Yard"));
        assertThat(element(model, "Gate").inBoundary()).contains(element(model, "Yard"));
        assertThat(element(model, "Clerk").inBoundary()).contains(element(model, "Office"));
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void should_read_settings_made_inside_the_main_guard_before_process() {
        Model model = read("""
                gate = Server("Gate")
                if __name__ == "__main__":
                    tm.threatsFile = "./depot-threats.json"
                    tm.isOrdered = True
                    tm.mergeResponses = True
                    tm.process()
                """);

        assertThat(model.get("threatsFile")).isEqualTo("./depot-threats.json");
        assertThat(model.isOrdered()).isTrue();
        assertThat(model.mergeResponses()).isTrue();
    }

    @Test
    void should_take_a_single_data_item_assigned_to_a_flows_data_as_a_list_of_one() {
        Model model = read("""
                manifest = Data("Manifest", classification=Classification.RESTRICTED)
                manifest.isStored = False
                crane = Process("Crane")
                gate = Server("Gate")
                move = Dataflow(crane, gate, "Move report")
                move.data = manifest
                """);

        Data manifest = model.data().get(0);
        assertThat(manifest.name()).isEqualTo("Manifest");
        assertThat(element(model, "Move report").get("data")).isEqualTo(List.of(manifest));
    }

    @Test
    void should_read_levels_given_as_a_one_item_list_on_a_boundary_and_an_actor() {
        Model model = read("""
                yard = Boundary("Yard")
                yard.levels = [2]
                clerk = Actor("Clerk")
                clerk.inBoundary = yard
                clerk.levels = [2]
                """);

        assertThat(element(model, "Yard").levels()).containsExactly(2L);
        assertThat(element(model, "Clerk").levels()).containsExactly(2L);
    }

    @Test
    void should_keep_the_line_breaks_of_a_triple_quoted_description() {
        Model model = read("tm.description = \"\"\"Containers arrive by road.\nThey leave by ship.\n\"\"\"\n");

        assertThat(model.description()).isEqualTo("Containers arrive by road.\nThey leave by ship.\n");
    }

    @Test
    void should_ignore_a_spaced_shebang_and_a_type_comment_after_the_import() {
        Model model = PytmScriptReader.read("""
                # !/usr/bin/env python3

                from pytm import TM, Server  # type: ignore

                tm = TM("Depot")
                gate = Server("Gate")
                tm.process()
                """, "depot.py");

        assertThat(model.elements()).extracting(Element::label).containsExactly("Server(Gate)");
    }

    @Test
    void should_read_a_parenthesised_import_with_one_name_per_line() {
        Model model = PytmScriptReader.read("""
                from pytm import (
                    TM,
                    Process,
                    ExternalEntity,
                )

                tm = TM("Depot")
                crane = Process("Crane")
                crane.codeType = "C"
                supplier = ExternalEntity("Supplier")
                supplier.hasPhysicalAccess = True
                """, "depot.py");

        assertThat(element(model, "Crane").get("codeType")).isEqualTo("C");
        assertThat(element(model, "Supplier").get("hasPhysicalAccess")).isEqualTo(true);
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void should_keep_tracks_execution_flow_on_a_process_but_treat_it_as_extra_on_a_server() {
        Model model = read("""
                crane = Process("Crane")
                crane.tracksExecutionFlow = True
                crane.implementsCommunicationProtocol = True
                gate = Server("Gate")
                gate.tracksExecutionFlow = False
                """);

        assertThat(element(model, "Crane").get("tracksExecutionFlow")).isEqualTo(true);
        assertThat(element(model, "Crane").get("implementsCommunicationProtocol")).isEqualTo(true);
        assertThat(element(model, "Gate").extraValue("tracksExecutionFlow")).isEqualTo(false);
        assertThat(model.warnings()).extracting(ModelWarning::message).containsExactly(
                "Server has no attribute 'tracksExecutionFlow'; pytm ignores it; "
                        + "did you mean 'controls.tracksExecutionFlow'?");
    }

    @Test
    void should_read_unassigned_dataflows_between_elements_of_nested_boundaries() {
        Model model = read("""
                port = Boundary("Port")
                yard = Boundary("Yard")
                yard.inBoundary = port
                crane = Process("Crane")
                crane.inBoundary = yard
                ledger = Datastore("Ledger")
                ledger.inBoundary = port
                Dataflow(crane, ledger, "Record lift")
                Dataflow(ledger, crane, "Next lift")
                """);

        assertThat(model.dataflows()).extracting(Element::label)
                .containsExactly("Dataflow(Record lift)", "Dataflow(Next lift)");
        assertThat(element(model, "Crane").boundaryPath()).extracting(Element::name).containsExactly("Yard", "Port");
    }

    @Test
    void should_set_flows_in_a_loop_over_joined_tuples_told_apart_by_identity_and_membership() {
        Model model = read("""
                clerk = Actor("Clerk")
                gate = Server("Gate")
                ledger = Datastore("Ledger")
                scan = Dataflow(clerk, gate, "Scan")
                book = Dataflow(gate, ledger, "Book")
                audit = Dataflow(ledger, clerk, "Audit")
                outside = (scan,)
                inside = (book, audit)
                for flow in outside + inside:
                    if flow is scan:
                        flow.protocol = "NFC"
                    elif flow in (book, audit):
                        flow.protocol = "SQL"
                    print(flow.name, flow.protocol, flow is not scan)
                """);

        assertThat(model.printed()).isEqualTo("Scan NFC False\nBook SQL True\nAudit SQL True\n");
        assertThat(element(model, "Audit").get("protocol")).isEqualTo("SQL");
    }

    @Test
    void should_give_a_flow_the_lower_classification_of_its_ends_read_through_source_and_sink() {
        Model model = read("""
                clerk = Actor("Clerk", maxClassification=Classification.SECRET)
                gate = Server("Gate", maxClassification=Classification.RESTRICTED)
                scan = Dataflow(clerk, gate, "Scan")
                low = scan.source.maxClassification
                if scan.sink.maxClassification < low:
                    low = scan.sink.maxClassification
                scan.maxClassification = low
                print(scan.maxClassification)
                """);

        assertThat(model.printed()).isEqualTo("Classification.RESTRICTED\n");
    }

    @Test
    void should_loop_over_a_tuple_of_strings_and_over_the_items_of_a_dict_literal() {
        Model model = read("""
                for tid in ("AA01", "AC01"):
                    print(tid, end=" ")
                for tid, why in {"DE03": "tls", "AC22": "vault"}.items():
                    print(tid + "=" + why, end=" ")
                """);

        assertThat(model.printed()).isEqualTo("AA01 AC01 DE03=tls AC22=vault ");
    }

    @Test
    void should_test_an_empty_overrides_list_as_false_inside_a_helper_function() {
        Model model = read("""
                def respond(element, threat_id, response, level=Classification.PUBLIC):
                    if element.overrides:
                        print("kept", len(element.overrides), level)
                    else:
                        element.overrides = [Finding(threat_id=threat_id, response=response)]
                gate = Server("Gate")
                respond(gate, "DE03", "mitigated")
                respond(gate, "AC22", "accepted")
                """);

        assertThat(model.printed()).isEqualTo("kept 1 Classification.PUBLIC\n");
        assertThat(element(model, "Gate").overrides()).hasSize(1);
    }

    @Test
    void should_read_trailing_spaces_lines_of_spaces_and_a_comment_inside_a_call_without_a_final_newline() {
        Model model = PytmScriptReader.read("from pytm import TM, Process, Datastore, Dataflow \n  \ntm = TM(\"Depot\") \n"
                + "crane = Process(\"Crane\")   # added later \nledger = Datastore(\"Ledger\") \n  \n"
                + "lift = Dataflow(crane, ledger,   # the crane books each lift \n    \"Record lift\") \n"
                + "if __name__ == \"__main__\": \n    tm.process()", "depot.py");

        assertThat(model.dataflows()).extracting(Element::label).containsExactly("Dataflow(Record lift)");
        assertThat(element(model, "Record lift").location()).map(l -> l.line()).contains(7);
    }

    @Test
    void should_refuse_a_fourth_positional_dataflow_argument_as_pytm_does() {
        assertThatThrownBy(() -> read("crane = Process(\"Crane\")\ngate = Server(\"Gate\")\n"
                + "Dataflow(crane, gate, \"Lift\", [\"weight\"])\n"))
                .isExactlyInstanceOf(SourceException.class)
                .hasMessage("depot.py:5:31: Dataflow() takes 3 positional arguments (source, sink, name) "
                        + "but 4 were given");
    }

    private static Model read(String body) {
        return PytmScriptReader.read(HEADER + body, "depot.py");
    }

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
