package dev.tmj.history;

import dev.tmj.format.ModelFiles;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A small shop model, read and checked as {@code tmj check} does (built-in library, the default gate, as of
 * 2026-12-01), in versions that change one decision at a time; and its run, ready to record.
 */
final class Shop {
    static final String PATH = "models/shop.yaml";
    static final RunSource SOURCE = new RunSource("0123456789abcdef0123456789abcdef01234567", "main",
            "Ada <ada@example.com>", "0.1.0-test");

    /** The version of the model with these overrides on the web server (YAML list items, or "" for none). */
    static String yaml(String webServerOverrides, boolean withNotify) {
        return """
                tmj: 1
                name: Shop
                boundaries:
                  - name: Internet
                  - name: Shop VPC
                elements:
                  - type: Actor
                    name: Customer
                    inBoundary: Internet
                  - type: Server
                    name: Web server
                    inBoundary: Shop VPC
                    protocol: HTTP
                    port: 80
                """ + (webServerOverrides.isEmpty() ? "" : "    overrides:\n" + webServerOverrides.indent(6)) + """
                  - type: Datastore
                    name: Orders DB
                    inBoundary: Shop VPC
                    datastoreType: SQL
                dataflows:
                  - name: Place order
                    source: Customer
                    sink: Web server
                    protocol: HTTP
                  - name: Store order
                    source: Web server
                    sink: Orders DB
                """ + (withNotify ? """
                  - name: Notify
                    source: Web server
                    sink: Customer
                """ : "");
    }

    static String base() {
        return yaml("", true);
    }

    /** The model checked from this YAML text. */
    static ModelCheck check(String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        Pipeline pipeline = Pipeline.of(ModelFiles.read(PATH, bytes, false)).asOf(LocalDate.of(2026, 12, 1));
        return ModelCheck.of(PATH, pipeline.run().findings(), Gate.DEFAULT, Optional.empty(), l -> Optional.empty());
    }

    static RunRecord run(String yaml, Instant time) {
        return RunRecord.of(check(yaml), yaml.getBytes(StandardCharsets.UTF_8), time, SOURCE);
    }

    private Shop() {
    }
}
