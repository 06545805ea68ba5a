package dev.tmj.format.otm;

import dev.tmj.model.Assumption;
import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Models for the OTM tests: every element class, nesting, decisions, and names that need escaping. */
final class OtmFixtures {
    private OtmFixtures() {
    }

    /** A shop with nested boundaries, one element of every class, data, flows, responses and finding decisions. */
    static Model shop() {
        Model model = Model.named("Shop \"2\" <b>&</b> – ünïcode").set("description", "Sells things\nline two")
                .set("isOrdered", true);
        model.set("assumptions", List.of(Assumption.named("Traffic is logged")));
        Element internet = model.add(ElementType.BOUNDARY, "Internet");
        Element dmz = model.add(ElementType.BOUNDARY, "DMZ");
        Element core = model.add(ElementType.BOUNDARY, "Core </script>");
        core.set("inBoundary", dmz);
        Data card = model.data("Card number").set("classification", Classification.SECRET).set("isPII", true)
                .set("isCredentials", false).set("format", "JSON");
        Data page = model.data("Page").set("classification", Classification.PUBLIC);
        List<Element> nodes = new ArrayList<>();
        for (ElementType type : ElementType.values()) {
            if (type != ElementType.BOUNDARY && type != ElementType.DATAFLOW) {
                nodes.add(model.add(type, type.pytmName() + " \"node\""));
            }
        }
        Element user = model.add(ElementType.ACTOR, "User").set("inBoundary", internet).set("data", List.of(page));
        Element web = model.add(ElementType.SERVER, "Web").set("inBoundary", dmz).set("protocol", "HTTPS")
                .set("port", 443L).set("OS", "Linux").set("levels", Set.of(0L, 1L));
        web.controls().set("isHardened", true).set("sanitizesInput", true);
        web.set("overrides", List.of(
                FindingOverride.of("INP02").status(FindingStatus.ACCEPTED).owner("Ana").justification("bounded")
                        .expires(LocalDate.of(2099, 1, 31)),
                FindingOverride.of("SC02").response("mitigated: templates escape")));
        Element db = model.add(ElementType.DATASTORE, "DB").set("inBoundary", core).set("data", List.of(card))
                .set("isSQL", true).set("storesPII", true);
        db.set("assumptions", List.of(Assumption.named("Backups encrypted")));
        Element request = model.dataflow(user, web, "Request").set("protocol", "HTTPS").set("dstPort", 443L)
                .set("data", List.of(page, card));
        request.controls().set("isEncrypted", true);
        Element answer = model.dataflow(web, user, "Answer").set("responseTo", request).set("data", List.of(page));
        model.dataflow(web, db, "Query").set("protocol", "SQL").set("note", "parameterised");
        model.dataflow(nodes.get(0), nodes.get(1), "Between \"nodes\"");
        answer.set("description", "the page");
        return model;
    }
}
