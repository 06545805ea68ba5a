package dev.tmj.test;

import dev.tmj.dsl.ActorSpec;
import dev.tmj.dsl.DataflowSpec;
import dev.tmj.dsl.DatastoreSpec;
import dev.tmj.dsl.ServerSpec;
import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.TLSVersion;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Threat;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import java.util.Set;

/** A small shop model with a three-threat library, its source lines pinned so messages are stable. */
final class Shop {
    static final ThreatLibrary LIBRARY = ThreatLibrary.of("shop", List.of(
            threat("INP01", ElementType.SERVER, "Medium", "Input validation"),
            threat("INP02", ElementType.SERVER, "Very High", "Buffer overflow"),
            threat("DS01", ElementType.DATASTORE, "High", "Weak credential storage")));

    final ThreatModel tm = ThreatModel.named("Shop");
    final ActorSpec customer;
    final ServerSpec web;
    final DatastoreSpec orders;
    final DataflowSpec order;

    Shop() {
        var internet = tm.boundary("Internet").locatedAt("Shop.java", 10);
        var dmz = tm.boundary("DMZ").locatedAt("Shop.java", 11);
        customer = tm.actor("Customer").in(internet).locatedAt("Shop.java", 20);
        web = tm.server("Web server").in(dmz).locatedAt("Shop.java", 31)
                .controls(c -> c.isEncrypted(true));
        orders = tm.datastore("Orders").in(dmz).locatedAt("Shop.java", 40);
        order = tm.dataflow(customer, web, "Order").tlsVersion(TLSVersion.TLSv13).locatedAt("Shop.java", 50);
        tm.dataflow(web, orders, "Store order").locatedAt("Shop.java", 51);
    }

    /** The shop with INP01 on the web server accepted (until a far-off day). */
    static Shop withAcceptedInputValidation() {
        Shop shop = new Shop();
        shop.web.overrides(FindingOverride.of("INP01").status(FindingStatus.ACCEPTED).owner("alice")
                .justification("validated upstream").expires(java.time.LocalDate.of(2999, 1, 1)));
        return shop;
    }

    Findings resolve() {
        return tm.resolve(LIBRARY);
    }

    private static Threat threat(String sid, ElementType target, String severity, String description) {
        return Threat.of(sid, Set.of(target), "True", new Threat.Texts(description, "", "", severity, "", "", "",
                "", "", List.of()));
    }
}
