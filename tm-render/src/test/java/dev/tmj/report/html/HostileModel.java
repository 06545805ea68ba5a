package dev.tmj.report.html;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Assumption;
import dev.tmj.model.FindingOverride;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.time.LocalDate;
import java.util.List;

/**
 * A model whose every name and text tries to break out of its context: HTML and script injection, Markdown
 * syntax, template syntax. A payload that runs marks the page with a {@code data-pwned} attribute.
 */
public final class HostileModel {
    public static final String SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','script')</script>";
    public static final String IMG = "\"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">";
    public static final String CLOSE_SCRIPT = "</script><script>document.documentElement.setAttribute('data-pwned','close')"
            + "</script>";
    public static final String SVG = "'><svg onload=document.documentElement.setAttribute('data-pwned','svg')>";
    public static final String COMMENT = "<!-- <script>document.title='pwned'</script>";
    public static final String MARKDOWN = "`code` | pipe | **bold** _em_ ~~del~~ \\";
    public static final String LINK = "[x](javascript:alert(1)) ![i](http://example.invalid/x.png)";
    public static final String TEMPLATE = "{{x}} {{{y}}} ${x} #{z} <%= x %>";
    public static final String BLOCKS = "# heading\n- item\n1. one\n> quote\n---\n    code";

    /** The SID of the server's finding that carries test evidence. */
    public static final String EVIDENCE_SID = "INP05";
    /** The server's own mitigations of ZZ02 (an override): the reports show it beside the threat's. */
    public static final String OWN_MITIGATIONS = MARKDOWN + " own " + SCRIPT;

    /** Every hostile string, as used below. */
    public static final List<String> ALL = List.of(SCRIPT, IMG, CLOSE_SCRIPT, SVG, COMMENT, MARKDOWN, LINK, TEMPLATE,
            BLOCKS);

    /** A threat with hostile texts whose condition fails at run time on an element outside any boundary. */
    private static final String LIBRARY = """
            [{"SID": "ZZ01", "target": ["Datastore"], "description": "Boundary check",
              "details": "", "Likelihood Of Attack": "Low", "severity": "Low",
              "condition": "target.inBoundary.name == 'x'", "prerequisites": "", "mitigations": "",
              "example": "", "references": "", "stride": "Tampering", "classifications": []},
             {"SID": "ZZ02", "target": ["Server"], "description": "HOSTILE_DESCRIPTION",
              "details": "HOSTILE_DETAILS", "Likelihood Of Attack": "High", "severity": "HOSTILE_SEVERITY",
              "condition": "True", "prerequisites": "", "mitigations": "HOSTILE_MITIGATIONS",
              "example": "HOSTILE_EXAMPLE", "references": "javascript:alert(1), https://example.org/a_b?c=1&d=2 HOSTILE_REF",
              "stride": "HOSTILE_STRIDE", "classifications": ["CWE-79", "HOSTILE_CLASSIFICATION"]}]
            """;

    private HostileModel() {
    }

    static ThreatModel model() {
        var tm = ThreatModel.named(CLOSE_SCRIPT + " model " + TEMPLATE)
                .description(SCRIPT + "\n" + BLOCKS + "\n" + LINK + "\n" + COMMENT);
        var zone = tm.boundary(IMG).description(SVG);
        var actor = tm.actor(SCRIPT).in(zone).description(MARKDOWN);
        var server = tm.server(CLOSE_SCRIPT).in(zone)
                .description(BLOCKS)
                .locatedAt(SVG + ".java", 7)
                .overrides(FindingOverride.of("ZZ02")
                        .response("accepted: " + MARKDOWN + " " + SCRIPT)
                        .owner(IMG)
                        .justification(BLOCKS + "\n" + SCRIPT)
                        .expires(LocalDate.of(2099, 12, 31))
                        .cvss(TEMPLATE)
                        .set("mitigations", OWN_MITIGATIONS))
                .assumptions(Assumption.named(IMG + " assumption").excluding("INP03").describedAs(SCRIPT));
        var store = tm.datastore(MARKDOWN).description(LINK);
        var data = tm.data(TEMPLATE + " " + SVG).description(IMG);
        tm.dataflow(actor, server, LINK).protocol("HTTPS").data(data);
        tm.dataflow(server, store, TEMPLATE + " " + COMMENT).protocol("SQL");
        return tm;
    }

    static ThreatLibrary library() {
        String json = LIBRARY.replace("HOSTILE_DESCRIPTION", jsonText(SCRIPT + " " + LINK))
                .replace("HOSTILE_DETAILS", jsonText(BLOCKS + "\n" + IMG))
                .replace("HOSTILE_SEVERITY", jsonText("High " + CLOSE_SCRIPT))
                .replace("HOSTILE_MITIGATIONS", jsonText(MARKDOWN + " " + TEMPLATE))
                .replace("HOSTILE_EXAMPLE", jsonText(COMMENT))
                .replace("HOSTILE_REF", jsonText(SVG))
                .replace("HOSTILE_STRIDE", jsonText(SVG))
                .replace("HOSTILE_CLASSIFICATION", jsonText(CLOSE_SCRIPT));
        return ThreatLibrary.builtIn().and(ThreatLibrary.fromJson(json, "hostile " + SCRIPT));
    }

    /**
     * The findings, with hostile test evidence on the server's INP05: one test that passed, one that failed, so
     * that the finding is open with a reason.
     */
    public static Findings findings() {
        return model().resolve(library()).withEvidence(f -> f.threatId().equals(EVIDENCE_SID)
                && f.target().equals(CLOSE_SCRIPT)
                ? List.of(new Evidence(TEMPLATE + " " + SVG, true, ""), new Evidence(LINK, false, BLOCKS + "\n" + IMG))
                : List.of());
    }


    private static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
