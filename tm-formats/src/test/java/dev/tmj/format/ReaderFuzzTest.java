package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tmj.format.json.PytmJsonModelReader;
import dev.tmj.format.json.TmjModelReader;
import dev.tmj.format.script.PytmScriptReader;
import dev.tmj.model.SourceException;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile input for the readers: valid models of each kind, broken by random edits (syntax characters, aliases,
 * tags, brackets, quotes, line breaks, control characters inserted; ranges deleted or repeated). A reader either
 * reads the text or throws the documented {@link SourceException} with the file and a line; nothing else escapes,
 * and every read ends within a generous budget.
 */
class ReaderFuzzTest {
    private static final Duration BUDGET = Duration.ofSeconds(20);

    private static final String TMJ_YAML = """
            tmj: 1
            name: Comment board
            description: |-
              Visitors post comments;
              stored in SQL.
            isOrdered: true
            assumptions:
              - Operators use hardware keys
            boundaries:
              - name: Internet
              - name: Data tier
                inBoundary: Internet
            elements:
              - type: Actor
                name: Visitor
                inBoundary: Internet
              - {type: Server, id: "Web#1", name: Web, port: 443, protocol: HTTPS}
              - type: Datastore
                name: Comments DB
                inBoundary: Data tier
                maxClassification: RESTRICTED
                controls: {isEncrypted: true, sanitizesInput: false}
                overrides:
                  - threat_id: INP02
                    response: "mitigated: checked"
            data:
              - name: Comment
                format: JSON
                classification: PUBLIC
            dataflows:
              - name: Post comment
                source: Visitor
                sink: "Web#1"
                data: [Comment]
              - name: Render page
                source: "Web#1"
                sink: Visitor
                responseTo: Post comment
            """;

    private static final String TMJ_JSON = """
            {"tmj": 1, "name": "Shop", "boundaries": [{"name": "Internet"}],
             "elements": [{"type": "Actor", "name": "User", "inBoundary": "Internet"},
                          {"type": "Server", "name": "Web", "controls": {"isHardened": true}, "port": 443}],
             "data": [{"name": "Cookie", "isCredentials": true}],
             "dataflows": [{"name": "Login", "source": "User", "sink": "Web", "data": ["Cookie"], "order": 1}]}
            """;

    private static final String PYTM_JSON = """
            {"name": "Shop", "description": "d", "isOrdered": true,
             "boundaries": [{"name": "Internet"}, {"name": "Cloud", "inBoundary": "Internet"}],
             "data": [{"name": "Cookie", "classification": "SECRET", "isCredentials": true}],
             "elements": [{"__class__": "Actor", "name": "User", "inBoundary": "Internet"},
                          {"__class__": "Server", "name": "Web", "protocol": "HTTPS", "minTLSVersion": 6},
                          {"__class__": "Datastore", "name": "DB", "type": "SQL", "maxClassification": 3}],
             "flows": [{"name": "Login", "source": "User", "sink": "Web", "data": ["Cookie"]},
                       {"name": "Query", "source": "Web", "sink": "DB", "data": "Cookie", "responseTo": "Login"}]}
            """;

    private static final String PYTM_SCRIPT = """
            #!/usr/bin/env python3
            from pytm import TM, Actor, Boundary, Classification, Data, Dataflow, Datastore, Server

            tm = TM("Shop")
            tm.description = "A shop"
            tm.isOrdered = True
            internet = Boundary("Internet")
            user = Actor("User")
            user.inBoundary = internet
            web = Server("Web", port=443)
            web.controls.isHardened = True
            db = Datastore("DB")
            cookie = Data("Cookie", classification=Classification.SECRET, isCredentials=True)
            names = [f"n{i}" for i in range(3)]
            login = Dataflow(user, web, "Login", data=[cookie])
            query = Dataflow(web, db, "Query " + names[0])
            query.responseTo = login
            if len(names) > 2:
                tm.assumptions = ["Operators use hardware keys"]

            if __name__ == "__main__":
                tm.process()
            """;

    private static final List<String> INSERTS = List.of("{", "}", "[", "]", ":", ": ", ",", "-", "- ", "&a ", "*a",
            "*nope", "!!str ", "!!python/object ", "|", ">", "'", "\"", "#", "\n", "\n  ", "\t", "\\", "%", "@", "`",
            "?", "\u0000", "\u0085", "\u2028", "\uFEFF", "\uD800", "é", "1e999", "-0", "99999999999999999999", "null",
            "~", "true", "(", ")", "lambda: 0", "import os", "__class__", "tm.process()", "<<: ", "---\n", "...\n");

    private record Edit(int kind, double at, double length, String insert) {
        String apply(String text) {
            int from = (int) (at * text.length());
            int to = Math.min(text.length(), from + (int) (length * 40));
            return switch (kind) {
                case 0 -> text.substring(0, from) + insert + text.substring(from);
                case 1 -> text.substring(0, from) + text.substring(to);
                case 2 -> text.substring(0, to) + text.substring(from, to) + text.substring(to);
                default -> text.substring(0, from) + insert + text.substring(to);
            };
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.of(INSERTS), Arbitraries.strings().ofMaxLength(6)))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    private static String edited(String seed, List<Edit> edits) {
        String text = seed;
        for (Edit edit : edits) {
            text = edit.apply(text);
        }
        return text;
    }

    /** Reads the text; only a {@link SourceException} naming the file and a line may come out, within budget. */
    private static void readsOrRefusesWithALocation(String text, String file, BiConsumer<String, String> reader) {
        assertTimeoutPreemptively(BUDGET, () -> {
            try {
                reader.accept(text, file);
            } catch (SourceException e) {
                assertThat(e.file()).as(e.getMessage()).isEqualTo(file);
                assertThat(e.line()).as("a line for: " + e.getMessage()).isPositive();
            }
        }, () -> "a read took longer than the budget of " + BUDGET + " on: " + text);
    }

    @Property(tries = 300)
    void the_tmj_yaml_reader_reads_or_refuses_with_a_location(@ForAll("edits") List<Edit> edits) {
        readsOrRefusesWithALocation(edited(TMJ_YAML, edits), "fuzz.yaml", TmjModelReader::read);
    }

    @Property(tries = 200)
    void the_tmj_json_reader_reads_or_refuses_with_a_location(@ForAll("edits") List<Edit> edits) {
        readsOrRefusesWithALocation(edited(TMJ_JSON, edits), "fuzz.json", TmjModelReader::read);
    }

    @Property(tries = 200)
    void the_pytm_json_reader_reads_or_refuses_with_a_location(@ForAll("edits") List<Edit> edits) {
        readsOrRefusesWithALocation(edited(PYTM_JSON, edits), "fuzz.json", PytmJsonModelReader::read);
    }

    private static final String OTM = """
            {"otmVersion": "0.2.0", "project": {"name": "Bank", "id": "bank", "attributes": {"tmj": {"isOrdered": true}}},
             "representations": [{"name": "d", "id": "d", "type": "diagram", "size": {"width": 10, "height": 5}}],
             "assets": [{"id": "a", "name": "Accounts", "risk": {"confidentiality": 80, "integrity": 60.5, "availability": 1}}],
             "trustZones": [{"id": "tz", "name": "Cloud", "risk": {"trustRating": 70}},
                            {"id": "in", "name": "Inner", "risk": {"trustRating": 90}, "parent": {"trustZone": "tz"}}],
             "components": [{"id": "c", "name": "API", "type": "web-service", "parent": {"trustZone": "in"},
                             "assets": {"processed": ["a"]}, "tags": ["x"],
                             "threats": [{"threat": "INP02", "state": "Mitigated", "mitigations": []}, {"threat": "T1", "state": "Exposed"}]},
                            {"id": "u", "name": "User", "type": "actor", "parent": {"component": "c"}}],
             "dataflows": [{"id": "f", "name": "Call", "source": "u", "destination": "c", "bidirectional": true, "assets": ["a"]}],
             "threats": [{"id": "INP02", "name": "Overflow", "risk": {"likelihood": 60, "impact": 80}, "attributes": {"tmjSid": "INP02"}},
                         {"id": "T1", "name": "Other", "risk": {"likelihood": null, "impact": 10}}],
             "mitigations": [{"id": "m", "name": "M", "riskReduction": 50}]}
            """;

    private static final String THREAGILE = """
            threagile_version: 1.0.0
            title: Shop
            data_assets:
              Orders: &orders {id: orders, confidentiality: confidential, integrity: critical}
              Copies:
                <<: *orders
                id: copies
            technical_assets:
              Browser:
                id: browser
                type: external-entity
                used_as_client_by_human: true
                communication_links:
                  Traffic: {target: web, protocol: https, authentication: none, data_assets_sent: [orders], data_assets_received: [copies]}
              Web: {id: web, type: process, technology: web-server, data_assets_processed: [orders]}
            trust_boundaries:
              Cloud: {id: cloud, technical_assets_inside: [web], trust_boundaries_nested: [inner]}
              Inner: {id: inner}
            risk_tracking:
              path-traversal@web: {status: mitigated, justification: checked, ticket: T-1, date: 2026-01-04, checked_by: Ana}
            """;

    @Property(tries = 200)
    void the_otm_reader_reads_or_refuses_with_a_location(@ForAll("edits") List<Edit> edits) {
        readsOrRefusesWithALocation(edited(OTM, edits), "fuzz.otm.json", dev.tmj.format.otm.OtmReader::read);
    }

    @Property(tries = 200)
    void the_threagile_reader_reads_or_refuses_with_a_location(@ForAll("edits") List<Edit> edits) {
        readsOrRefusesWithALocation(edited(THREAGILE, edits), "fuzz.yaml",
                dev.tmj.format.threagile.ThreagileReader::read);
    }

    @Property(tries = 300)
    void the_pytm_script_reader_reads_or_refuses_with_a_location(@ForAll("edits") List<Edit> edits) {
        readsOrRefusesWithALocation(edited(PYTM_SCRIPT, edits), "fuzz.py", PytmScriptReader::read);
    }
}
