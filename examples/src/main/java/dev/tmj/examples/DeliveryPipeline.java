package dev.tmj.examples;

import static dev.tmj.model.Classification.RESTRICTED;
import static dev.tmj.model.Classification.SECRET;
import static dev.tmj.model.Classification.SENSITIVE;
import static dev.tmj.model.TLSVersion.TLSv12;
import static dev.tmj.model.TLSVersion.TLSv13;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Assumption;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Lifetime;
import java.time.LocalDate;

/**
 * A software delivery pipeline: developers push to a hosted code forge, whose CI dispatches jobs to a pool of
 * build runners; the runners fetch short-lived secrets from a vault, push signed images to an artifact
 * registry and deploy them through the production cluster's API, which pulls the images from the registry.
 */
public final class DeliveryPipeline {
    private DeliveryPipeline() {
    }

    public static ThreatModel model() {
        var tm = ThreatModel.named("Delivery pipeline")
                .description("From git push to a running deployment: CI on shared runners, secrets from a "
                        + "vault, signed images, deployment through the cluster API.")
                .assumptions(Assumption.named("Branch protection on main")
                        .describedAs("Changes to main need a reviewed pull request and green checks; nobody "
                                + "can push to it directly."));

        var workstations = tm.boundary("Developer workstations");
        var forgeSaas = tm.boundary("Code forge (SaaS)");
        var ci = tm.boundary("CI network");
        var security = tm.boundary("Secrets zone").in(ci);
        var production = tm.boundary("Production cluster");

        var developer = tm.actor("Developer").in(workstations)
                .description("Writes code, opens pull requests, approves releases.");

        var forge = tm.server("Code forge").in(forgeSaas)
                .description("Hosted git, pull requests and CI orchestration.")
                .protocol("HTTPS").port(443).usesSessionTokens(true)
                .controls(c -> c.isHardened(true).usesMFA(true).authenticatesSource(true)
                        .implementsAuthenticationScheme(true).authenticationScheme("SSO + hardware keys")
                        .hasAccessControl(true).authorizesSource(true).encodesOutput(true).validatesInput(true)
                        .sanitizesInput(true).usesStrongSessionIdentifiers(true))
                .overrides(
                        FindingOverride.of("AA03").status(FindingStatus.TRANSFERRED).owner("platform-team")
                                .justification("Session handling of the hosted forge is the vendor's; covered by "
                                        + "its SOC 2 report, reviewed yearly."),
                        FindingOverride.of("INP34").status(FindingStatus.FALSE_POSITIVE).owner("platform-team")
                                .justification("The forge exposes no SOAP endpoints."));

        var runners = tm.setOfProcesses("Build runners").in(ci)
                .description("Autoscaled pool of ephemeral VMs; each job gets a fresh VM.")
                .codeType("Unmanaged").environment("CI").usesEnvironmentVariables(true)
                .controls(c -> c.isHardened(true).hasAccessControl(true).sanitizesInput(true)
                        .validatesInput(true).checksInputBounds(true).usesParameterizedInput(true)
                        .implementsAuthenticationScheme(true).authenticatesSource(true)
                        .providesIntegrity(true).usesCodeSigning(true))
                .overrides(
                        FindingOverride.of("AC12").status(FindingStatus.ACCEPTED).owner("platform-team")
                                .justification("Jobs still run as root inside their VM; the VM is destroyed after "
                                        + "the job. Rootless builds are planned for Q1 2027.")
                                .expires(LocalDate.of(2027, 1, 31)),
                        FindingOverride.of("AC13").status(FindingStatus.ACCEPTED).owner("platform-team")
                                .justification("Same cause as AC12; same plan.")
                                .expires(LocalDate.of(2027, 1, 31)),
                        FindingOverride.of("INP02").status(FindingStatus.MITIGATED).owner("platform-team")
                                .justification("Build tools run from pinned, fuzzed upstream releases; jobs are "
                                        + "isolated per VM."));

        var vault = tm.datastore("Secrets vault").in(security)
                .description("Issues short-lived cloud and registry credentials to CI jobs that present the "
                        + "forge's OIDC token.")
                .storesSensitiveData(true).maxClassification(SECRET).minTLSVersion(TLSv13)
                .controls(c -> c.isEncryptedAtRest(true).usesEncryptionAlgorithm("AES").hasAccessControl(true)
                        .authorizesSource(true).implementsPOLP(true).validatesInput(true)
                        .handlesResourceConsumption(true));

        var registry = tm.datastore("Artifact registry").in(ci)
                .description("OCI registry for container images and their signatures.")
                .type(DatastoreType.AWS_S3).isShared(true).hasWriteAccess(true).maxClassification(RESTRICTED)
                .minTLSVersion(TLSv12)
                .controls(c -> c.hasAccessControl(true).authorizesSource(true).providesIntegrity(true)
                        .usesCodeSigning(true).isEncryptedAtRest(true))
                .overrides(FindingOverride.of("AC02").status(FindingStatus.MITIGATED).owner("platform-team")
                        .justification("Images are immutable by digest and the cluster only admits images "
                                + "signed by the pipeline's key."));

        var cluster = tm.server("Cluster API").in(production)
                .description("Kubernetes API server of the production cluster, with an admission controller "
                        + "that verifies image signatures.")
                .protocol("HTTPS").port(6443)
                .controls(c -> c.isHardened(true).authenticatesSource(true).implementsAuthenticationScheme(true)
                        .authenticationScheme("OIDC workload identity").hasAccessControl(true)
                        .authorizesSource(true).validatesInput(true).sanitizesInput(true)
                        .providesIntegrity(true).usesCodeSigning(true).implementsPOLP(true)
                        .validatesHeaders(true).encodesOutput(true))
                .overrides(FindingOverride.of("HA01").status(FindingStatus.FALSE_POSITIVE).owner("sre-team")
                        .justification("The API serves no files from disk."));

        var source = tm.data("Source code").classification(RESTRICTED).isStored(true);
        var oidc = tm.data("CI OIDC token").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.SHORT).description("Signed by the forge for one job; ten minutes.");
        var pushToken = tm.data("Registry push token").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.LONG)
                .description("Robot account token; rotated by hand every 90 days.");
        var deployToken = tm.data("Deploy credentials").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.AUTO);
        var image = tm.data("Container image").classification(RESTRICTED).isStored(true)
                .description("Application image and its cosign signature.");
        var manifests = tm.data("Deployment manifests").format("YAML").classification(SENSITIVE);
        var sshKey = tm.data("Developer SSH key").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.MANUAL);

        // Every service in the pipeline accepts only TLS (or SSH for git).
        forge.controls(c -> c.isEncrypted(true));
        runners.controls(c -> c.isEncrypted(true));
        vault.controls(c -> c.isEncrypted(true));
        cluster.controls(c -> c.isEncrypted(true));
        registry.controls(c -> c.isEncrypted(true));

        tm.dataflow(developer, forge, "git push").protocol("SSH").dstPort(22).data(source, sshKey)
                .controls(c -> c.isEncrypted(true).authenticatesDestination(true).authenticatesSource(true));
        tm.dataflow(forge, runners, "Dispatch job").protocol("HTTPS").dstPort(443).tlsVersion(TLSv13)
                .data(source, oidc);
        tm.dataflow(runners, vault, "Exchange OIDC token for secrets").protocol("HTTPS").dstPort(8200)
                .tlsVersion(TLSv13).data(oidc, pushToken, deployToken);
        tm.dataflow(runners, registry, "Push signed image").protocol("HTTPS").dstPort(443).tlsVersion(TLSv12)
                .data(image, pushToken)
                .overrides(FindingOverride.of("AC23").status(FindingStatus.ACCEPTED).owner("security-team")
                        .justification("The registry has no OIDC federation yet; the token is scoped to one "
                                + "repository and rotated every 90 days.")
                        .expires(LocalDate.of(2027, 6, 30)));
        tm.dataflow(runners, cluster, "Deploy manifests").protocol("HTTPS").dstPort(6443).tlsVersion(TLSv13)
                .data(manifests, deployToken);
        tm.dataflow(cluster, registry, "Pull image").protocol("HTTPS").dstPort(443).tlsVersion(TLSv12)
                .data(image);
        tm.dataflow(runners, forge, "Report status").protocol("HTTPS").dstPort(443).tlsVersion(TLSv13)
                .data(oidc);
        return tm;
    }
}
