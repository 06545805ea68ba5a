package dev.tmj.dsl;

import static dev.tmj.model.Classification.PUBLIC;
import static dev.tmj.model.Classification.RESTRICTED;
import static dev.tmj.model.Classification.SECRET;

import dev.tmj.model.Assumption;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Lifetime;
import dev.tmj.model.TLSVersion;

/** The pytm models of ../shared/pytm/models, written in the Java DSL line for line; shared by tests. */
public final class PytmModels {
    private PytmModels() {
    }

    /** models/webapp.py. */
    public static ThreatModel webapp() {
        var tm = ThreatModel.named("Comment board")
                .description("Visitors post comments through a web server;\n"
                        + "comments are stored in SQL and cleaned up by a scheduled function.")
                .ordered()
                .mergeResponses()
                .assumptions(Assumption.named("Operators use hardware keys"));

        var internet = tm.boundary("Internet");
        var cloud = tm.boundary("Cloud VPC");
        var dataTier = tm.boundary("Data tier").in(cloud);

        var visitor = tm.actor("Visitor").in(internet);
        var web = tm.server("Web server").in(cloud)
                .os("Debian")
                .protocol("HTTPS")
                .port(443)
                .controls(c -> c.isHardened(true).sanitizesInput(false).encodesOutput(true).authorizesSource(false)
                        .isEncrypted(true))
                .sourceFiles("src/web/app.py")
                .assumptions(Assumption.named("No server-side includes are enabled").excluding("INP16"))
                .overrides(FindingOverride.of("INP02").response("mitigated: bounds checked by the runtime")
                        .cvss("2.0"));
        var db = tm.datastore("Comments DB").in(dataTier)
                .type(DatastoreType.SQL)
                .os("Debian")
                .controls(c -> c.isHardened(false).isEncryptedAtRest(true))
                .maxClassification(RESTRICTED)
                .minTLSVersion(TLSVersion.TLSv12);
        var cleaner = tm.lambda("Cleanup function").in(cloud).controls(c -> c.hasAccessControl(true));

        var comment = tm.data("Comment").format("JSON").classification(PUBLIC);
        var session = tm.data("Session cookie").isCredentials(true).classification(SECRET).isStored(true);

        var post = tm.dataflow(visitor, web, "Post comment")
                .protocol("HTTPS").dstPort(443).tlsVersion(TLSVersion.TLSv13)
                .controls(c -> c.isEncrypted(true))
                .data(comment, session)
                .note("Comments are markdown");
        tm.dataflow(web, visitor, "Render page").protocol("HTTPS").responseTo(post);
        var insert = tm.dataflow(web, db, "Insert comment")
                .protocol("PostgreSQL").dstPort(5432).tlsVersion(TLSVersion.TLSv11).data(comment);
        tm.dataflow(db, web, "Return rows").protocol("PostgreSQL").responseTo(insert);
        tm.dataflow(cleaner, db, "Purge old comments").protocol("PostgreSQL").dstPort(5432);
        return tm;
    }

    /** models/pipeline.py. */
    public static ThreatModel pipeline() {
        var tm = ThreatModel.named("Delivery pipeline")
                .description("Developers push to a forge; runners build, sign and deploy artifacts to a cluster.");

        var corp = tm.boundary("Corporate network");
        var saas = tm.boundary("SaaS");
        var prod = tm.boundary("Production");

        var dev = tm.actor("Developer").in(corp);
        var forge = tm.externalEntity("Code forge").in(saas);
        var runners = tm.setOfProcesses("Build runners").in(corp)
                .usesEnvironmentVariables(true).environment("CI").codeType("Managed")
                .controls(c -> c.implementsPOLP(false));
        var registry = tm.datastore("Artifact registry").in(corp)
                .type(DatastoreType.FILE_SYSTEM).isShared(true).hasWriteAccess(true)
                .controls(c -> c.usesCodeSigning(true).providesIntegrity(true));
        var vault = tm.datastore("Secrets vault").in(corp)
                .storesSensitiveData(true).isSQL(false)
                .controls(c -> c.isEncryptedAtRest(true).hasAccessControl(true));
        var deployer = tm.process("Deploy controller").in(prod)
                .implementsAPI(true).environment("Production")
                .controls(c -> c.validatesInput(true).sanitizesInput(true).authenticatesSource(true));
        var api = tm.server("Cluster API").in(prod)
                .usesVPN(true).usesSessionTokens(true)
                .controls(c -> c.implementsNonce(true).hasAccessControl(true));
        var reviewer = tm.llm("Review bot").in(saas).hasRAG(true).hasContentFiltering(true);
        var fixer = tm.agent("Fix agent").in(corp).usesExternalTools(true).validatesToolLaunchConfig(true);

        var src = tm.data("Source code").classification(RESTRICTED);
        var deployKey = tm.data("Deploy key").isCredentials(true).credentialsLife(Lifetime.MANUAL)
                .classification(SECRET);
        var artifact = tm.data("Signed artifact").format("OCI").classification(RESTRICTED).isStored(true);
        var manifest = tm.data("Manifest").format("XML").classification(PUBLIC);

        tm.dataflow(dev, forge, "git push").protocol("SSH").data(src);
        tm.dataflow(forge, runners, "Webhook").protocol("HTTPS").data(src);
        tm.dataflow(runners, vault, "Fetch deploy key").protocol("HTTPS").data(deployKey);
        tm.dataflow(runners, registry, "Publish artifact").protocol("HTTPS").data(artifact);
        tm.dataflow(forge, reviewer, "Request review").protocol("HTTPS").data(src);
        tm.dataflow(reviewer, fixer, "Suggest patch").protocol("HTTPS");
        tm.dataflow(deployer, registry, "Pull artifact").protocol("HTTPS").data(artifact);
        tm.dataflow(deployer, api, "Apply manifest").protocol("HTTP").data(manifest, deployKey)
                .usesSessionTokens(true);
        return tm;
    }
}
