package dev.tmj.examples;

import static dev.tmj.model.Classification.PUBLIC;
import static dev.tmj.model.Classification.RESTRICTED;
import static dev.tmj.model.Classification.SECRET;
import static dev.tmj.model.TLSVersion.TLSv11;
import static dev.tmj.model.TLSVersion.TLSv12;
import static dev.tmj.model.TLSVersion.TLSv13;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Assumption;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.FindingOverride;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A comment board: visitors post comments to a web server that stores them in SQL; a scheduled function
 * purges old ones. Run it to see the findings of tmj's built-in threat library, or pass the path of a
 * pytm-format threats.json to use that library instead.
 */
public final class CommentBoard {
    private CommentBoard() {
    }

    /** The model, written the way a pytm script reads. */
    public static ThreatModel model() {
        var tm = ThreatModel.named("Comment board")
                .description("Visitors post comments; a scheduled function purges old ones.")
                .ordered()
                .mergeResponses()
                .assumptions(Assumption.named("Operators use hardware keys"));

        var internet = tm.boundary("Internet");
        var cloud = tm.boundary("Cloud VPC");
        var dataTier = tm.boundary("Data tier").in(cloud);

        var visitor = tm.actor("Visitor").in(internet);
        var web = tm.server("Web server").in(cloud)
                .os("Debian").protocol("HTTPS").port(443)
                .controls(c -> c.isHardened(true).encodesOutput(true).isEncrypted(true))
                .assumptions(Assumption.named("No server-side includes are enabled").excluding("INP16"))
                .overrides(FindingOverride.of("INP02").response("mitigated: bounds checked by the runtime"));
        var db = tm.datastore("Comments DB").in(dataTier)
                .type(DatastoreType.SQL)
                .controls(c -> c.isEncryptedAtRest(true))
                .maxClassification(RESTRICTED)
                .minTLSVersion(TLSv12);
        var cleaner = tm.lambda("Cleanup function").in(cloud).controls(c -> c.hasAccessControl(true));

        var comment = tm.data("Comment").format("JSON").classification(PUBLIC);
        var session = tm.data("Session cookie").isCredentials(true).classification(SECRET).isStored(true);

        var post = tm.dataflow(visitor, web, "Post comment")
                .protocol("HTTPS").dstPort(443).tlsVersion(TLSv13).data(comment, session);
        tm.dataflow(web, visitor, "Render page").protocol("HTTPS").responseTo(post);
        var insert = tm.dataflow(web, db, "Insert comment").protocol("PostgreSQL").dstPort(5432)
                .tlsVersion(TLSv11).data(comment);
        tm.dataflow(db, web, "Return rows").protocol("PostgreSQL").responseTo(insert);
        tm.dataflow(cleaner, db, "Purge old comments").protocol("PostgreSQL").dstPort(5432);
        return tm;
    }

    public static void main(String[] args) {
        ThreatLibrary library = args.length > 0 ? ThreatLibrary.fromJson(Path.of(args[0])) : ThreatLibrary.builtIn();
        print(model().resolve(library), System.out);
    }

    static void print(Findings findings, PrintStream out) {
        out.printf("%s: %d findings, %d excluded by assumptions (threat library: %s)%n",
                findings.checkedModel().model().name(), findings.size(), findings.excluded().size(),
                findings.library().name());
        out.printf("%-6s %-10s %-24s %-22s %s%n", "SID", "SEVERITY", "ELEMENT", "STRIDE", "THREAT");
        for (Finding f : findings) {
            out.printf("%-6s %-10s %-24s %-22s %s%s%n", f.threatId(), f.severityText(), f.target(), f.stride(),
                    f.description(), f.response().isEmpty() ? "" : "  [" + f.response() + "]");
        }
        for (Finding f : findings.excluded()) {
            out.printf("excluded: %s on %s, assumed: %s%n", f.threatId(), f.target(),
                    f.assumption().orElseThrow().name());
        }
    }
}
