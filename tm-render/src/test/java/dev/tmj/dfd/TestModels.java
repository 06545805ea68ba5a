package dev.tmj.dfd;

import dev.tmj.dsl.ServerSpec;
import dev.tmj.dsl.ThreatModel;
import java.util.ArrayList;
import java.util.List;

/** Models made for the DFD tests. */
final class TestModels {
    /** A boundary name that is HTML, quotes, an ampersand and braces. */
    static final String HTML = "<b>\"Web\" & {x}</b>";
    /** A name with a real line break. */
    static final String NEWLINE = "a\nb";
    /** Backslashes that would form Graphviz escapes, quotes, a control character. */
    static final String BACKSLASHES = "C:\\dir \\N \\n \"q\" end\\";
    /** An attempt to close the quoted label and add attributes. */
    static final String INJECTION = "x\"; color = red; label = \"pwned";

    private TestModels() {
    }

    /** One element of every drawable class, in one boundary, with a flow between two of them. */
    static ThreatModel allTypes() {
        var tm = ThreatModel.named("All types");
        var b = tm.boundary("Zone");
        tm.element("An element").in(b);
        tm.asset("An asset").in(b);
        var actor = tm.actor("An actor").in(b);
        var server = tm.server("A server").in(b);
        tm.externalEntity("An external entity").in(b);
        tm.lambda("A lambda").in(b);
        tm.llm("An LLM").in(b);
        tm.agent("An agent").in(b);
        tm.datastore("A datastore").in(b);
        tm.process("A process").in(b);
        tm.setOfProcesses("A set of processes").in(b);
        tm.dataflow(actor, server, "Request");
        return tm;
    }

    /** Names that break pytm's DOT: HTML, quotes, backslashes, a newline, a control character. */
    static ThreatModel nasty() {
        var tm = ThreatModel.named("Escaping").ordered();
        var outer = tm.boundary(HTML);
        var inner = tm.boundary("In & <out>").in(outer);
        var web = tm.server(NEWLINE).in(inner);
        var back = tm.actor(BACKSLASHES);
        var fn = tm.lambda(HTML + " fn").in(outer);
        var store = tm.datastore("tab\there\u0001bell");
        tm.dataflow(back, web, INJECTION);
        tm.dataflow(web, fn, HTML);
        tm.dataflow(fn, store, "back\\slash \"quoted\"");
        return tm;
    }

    /** {@code boundaries} boundaries of {@code perBoundary} servers each, chained by flows. */
    static ThreatModel large(int boundaries, int perBoundary) {
        var tm = ThreatModel.named("Large");
        List<ServerSpec> servers = new ArrayList<>();
        for (int b = 0; b < boundaries; b++) {
            var boundary = tm.boundary("Zone " + b);
            for (int i = 0; i < perBoundary; i++) {
                servers.add(tm.server("Server " + b + "-" + i).in(boundary));
            }
        }
        for (int i = 1; i < servers.size(); i++) {
            tm.dataflow(servers.get(i - 1), servers.get(i), "Call " + i);
        }
        return tm;
    }
}
