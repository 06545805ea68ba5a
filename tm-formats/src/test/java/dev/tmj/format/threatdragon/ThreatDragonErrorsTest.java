package dev.tmj.format.threatdragon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceException;
import org.junit.jupiter.api.Test;

class ThreatDragonErrorsTest {
    /** A model with one process and one cell written by the test. */
    static String model(String cell) {
        return """
                {"version": "2.3.0", "summary": {"title": "Shop"},
                 "detail": {"contributors": [], "diagramTop": 1, "reviewer": "", "threatTop": 0, "diagrams": [
                  {"id": 0, "title": "d", "diagramType": "STRIDE", "thumbnail": "", "version": "2.3.0", "cells": [
                   {"id": "p1", "shape": "process", "zIndex": 1, "position": {"x": 10, "y": 10},
                    "size": {"width": 100, "height": 100}, "data": {"name": "Web", "type": "tm.Process",
                    "hasOpenThreats": false}},
                   %s
                  ]}]}}
                """.formatted(cell);
    }

    @Test
    void should_name_file_line_column_and_path_of_a_threat_status_it_does_not_know() {
        String text = model("""
                {"id": "s1", "shape": "store", "zIndex": 2, "position": {"x": 300, "y": 10},
                 "size": {"width": 100, "height": 50}, "data": {"name": "DB", "type": "tm.Store",
                 "hasOpenThreats": true, "threats": [{"title": "t", "status": "Fixed", "severity": "High",
                 "type": "Tampering", "description": "", "mitigation": ""}]}}""");

        assertThatThrownBy(() -> ThreatDragonReader.read(text, "shop.json"))
                .isInstanceOf(SourceException.class)
                .hasMessage("shop.json:9:63: detail.diagrams[0].cells[1].data.threats[0].status: expected a threat"
                        + " status (Open, Mitigated, NotApplicable, Accepted, Transferred, Avoided), got string"
                        + " \"Fixed\"");
    }

    @Test
    void should_refuse_a_threat_dragon_1_model_with_what_to_do() {
        String text = """
                {"summary": {"title": "Old"}, "detail": {"contributors": [], "diagrams": [
                  {"diagramJson": {"cells": []}, "title": "d", "id": 0}]}}""";

        assertThatThrownBy(() -> ThreatDragonReader.read(text, "old.json"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("old.json:1:1: expected \"version\": \"2.x\"; this looks like a Threat"
                        + " Dragon 1 model")
                .hasMessageContaining("save it again");
    }

    @Test
    void should_say_which_value_is_not_a_number() {
        String text = model("""
                {"id": "a1", "shape": "actor", "zIndex": 2, "position": {"x": "left", "y": 10},
                 "size": {"width": 100, "height": 50}, "data": {"name": "User", "type": "tm.Actor",
                 "hasOpenThreats": false}}""");

        assertThatThrownBy(() -> ThreatDragonReader.read(text, "shop.json"))
                .isInstanceOf(SourceException.class)
                .hasMessage("shop.json:7:66: detail.diagrams[0].cells[1].position.x: expected a number, got string"
                        + " \"left\"");
    }

    @Test
    void should_refuse_two_cells_with_one_id() {
        String text = model("""
                {"id": "p1", "shape": "actor", "zIndex": 2, "position": {"x": 300, "y": 10},
                 "size": {"width": 100, "height": 50}, "data": {"name": "User", "type": "tm.Actor",
                 "hasOpenThreats": false}}""");

        assertThatThrownBy(() -> ThreatDragonReader.read(text, "shop.json"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("shop.json:7:11: detail.diagrams[0].cells[1].id: expected a cell id used once, got \"p1\" a second time");
    }

    @Test
    void should_keep_an_unknown_property_as_an_extra_attribute_and_say_so() {
        String text = model("""
                {"id": "a1", "shape": "actor", "zIndex": 2, "position": {"x": 300, "y": 10},
                 "size": {"width": 100, "height": 50}, "data": {"name": "User", "type": "tm.Actor",
                 "hasOpenThreats": false, "team": "payments", "providesAuthentication": true,
                 "isBidirectional": false, "tags": ["a"]}}""");

        Model model = ThreatDragonReader.read(text, "shop.json");

        Element user = model.elements().get(1);
        assertThat(user.extraValue("team")).isEqualTo("payments");
        assertThat(user.extraValue("providesAuthentication")).isEqualTo(true);
        assertThat(user.extraValue("isBidirectional")).isEqualTo(Element.MISSING);
        assertThat(model.warnings()).map(ModelWarning::toString).containsExactly(
                "shop.json:9: detail.diagrams[0].cells[1].data.team: the property \"team\" has no tmj attribute:"
                        + " kept as an extra attribute",
                "shop.json:10: detail.diagrams[0].cells[1].data.tags: the property \"tags\" is not kept: tmj keeps"
                        + " strings, booleans and integers");
    }

    @Test
    void should_map_the_properties_that_tmj_has() {
        String text = model("""
                {"id": "s1", "shape": "store", "zIndex": 2, "position": {"x": 300, "y": 10},
                 "size": {"width": 100, "height": 50}, "data": {"name": "DB", "type": "tm.Store",
                 "hasOpenThreats": false, "isEncrypted": true, "storesCredentials": true, "isALog": true,
                 "outOfScope": true, "reasonOutOfScope": "run by another team", "description": "orders"}},
                {"id": "f1", "shape": "flow", "zIndex": 3, "source": {"cell": "p1"}, "target": {"cell": "s1"},
                 "data": {"name": "Save", "type": "tm.Flow", "hasOpenThreats": false, "isEncrypted": true,
                 "protocol": "TLS", "isPublicNetwork": true}}""");

        Model model = ThreatDragonReader.read(text, "shop.json");

        Element store = model.elements().get(1);
        assertThat(store.controls().get("isEncryptedAtRest")).isEqualTo(true);
        assertThat(store.get("storesSensitiveData")).isEqualTo(true);
        assertThat(store.get("storesLogData")).isEqualTo(true);
        assertThat(store.inScope()).isFalse();
        assertThat(store.extraValue("reasonOutOfScope")).isEqualTo("run by another team");
        assertThat(store.get("description")).isEqualTo("orders");
        Element flow = model.dataflows().get(0);
        assertThat(flow.controls().get("isEncrypted")).isEqualTo(true);
        assertThat(flow.get("protocol")).isEqualTo("TLS");
        assertThat(flow.extraValue("isPublicNetwork")).isEqualTo(true);
        assertThat(model.warnings()).isEmpty();
    }
}
