package dev.tmj.ticket;

import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small model checked through the default gate, whose findings' statuses a test sets: a web server (T01 and T04,
 * high), an orders database (T02, very high) and the flow between them (T03, medium: below the threshold). So three
 * findings get tickets.
 */
final class Shop {
    static final String LIBRARY = "["
            + threat("T01", "Server", "Overflow Buffers", "High")
            + "," + threat("T02", "Datastore", "SQL Injection", "Very High")
            + "," + threat("T03", "Dataflow", "Sniffing", "Medium")
            + "," + threat("T04", "Server", "Session Hijacking", "High") + "]";

    private String webName = "Web server";
    private boolean withDatabase = true;
    private final Map<String, FindingStatus> statuses = new HashMap<>();

    static Shop model() {
        return new Shop();
    }

    static String threat(String sid, String target, String description, String severity) {
        return "{\"SID\":\"" + sid + "\",\"target\":[\"" + target + "\"],\"description\":\"" + description
                + "\",\"details\":\"Details of " + description + ".\",\"Likelihood Of Attack\":\"High\","
                + "\"severity\":\"" + severity + "\",\"condition\":\"True\",\"mitigations\":\"Mitigate "
                + description + ".\",\"example\":\"\",\"references\":\"https://cwe.mitre.org/data/definitions/"
                + sid.substring(1) + ".html\"}";
    }

    /** The web server's name instead of "Web server". */
    Shop webNamed(String name) {
        webName = name;
        return this;
    }

    /** Without the database: T02 is no longer in the model. */
    Shop withoutDatabase() {
        withDatabase = false;
        return this;
    }

    /** The finding of this threat (T01, T02, T04) with this status, owned by ana with a justification. */
    Shop with(String sid, FindingStatus status) {
        statuses.put(sid, status);
        return this;
    }

    CheckResult check() {
        Model model = Model.named("shop");
        Element web = model.add(ElementType.SERVER, webName);
        overrides(web, "T01", "T04");
        if (withDatabase) {
            Element db = model.add(ElementType.DATASTORE, "Orders DB");
            overrides(db, "T02");
            model.dataflow(web, db, "Query");
        }
        Findings findings = Pipeline.of(model).threats(ThreatLibrary.fromJson(LIBRARY, "threats.json")).run()
                .findings();
        return new CheckResult(Gate.DEFAULT, List.of(ModelCheck.of("models/shop.py", findings, Gate.DEFAULT,
                Optional.empty(), location -> Optional.empty())));
    }

    private void overrides(Element element, String... sids) {
        List<FindingOverride> list = new ArrayList<>();
        for (String sid : sids) {
            FindingStatus status = statuses.get(sid);
            if (status != null && status != FindingStatus.OPEN) {
                list.add(FindingOverride.of(sid).status(status).owner("ana")
                        .set("justification", "reviewed by the security team"));
            }
        }
        if (!list.isEmpty()) {
            element.set("overrides", list);
        }
    }

    /** The fingerprint of a threat's finding in the full model. */
    static String fingerprint(String sid) {
        return model().check().models().get(0).checked().stream().filter(c -> c.finding().threatId().equals(sid))
                .findFirst().orElseThrow().fingerprint();
    }
}
