package dev.tmj.iac.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixture templates through the IaC threat library end to end: each finding with its SID, the element it sits
 * on, the file and line of the block that causes it, and the cause its details end with. web.yaml and sam.yaml show
 * IAC01-07 and IAC10; secure.json shows each mitigation and has no IaC finding.
 */
class CloudFormationThreatsTest {
    static final String DIR = "src/test/resources/cloudformation/";

    static List<String> findings(String fixture) {
        Model model = CloudFormationModelTest.model(fixture);
        return Pipeline.of(model).threats(ThreatLibrary.builtIn("iac")).run().findings().findings().stream()
                .map(CloudFormationThreatsTest::line).toList();
    }

    static String line(Finding finding) {
        String on = finding.element().isDataflow() ? finding.element().source().name() + " -> "
                + finding.element().sink().name() : finding.target();
        return finding.threatId() + " " + on + " " + finding.location().map(l -> l.file() + ":"
                + l.line()).orElse("?") + " " + finding.cause();
    }

    @Test
    void should_find_the_web_tier_problems_at_the_lines_that_cause_them() {
        assertThat(findings("web.yaml")).containsExactlyInAnyOrder(
                "IAC10 AWS account " + DIR + "web.yaml:109 Trail: IsMultiRegionTrail is not true",
                "IAC01 Web " + DIR + "web.yaml:30 WebSg: SecurityGroupIngress[0] opens TCP 22 to the Internet",
                "IAC06 Web " + DIR + "web.yaml:30 WebSg: SecurityGroupIngress[0] opens port 22 to the Internet",
                "IAC03 WebRole " + DIR + "web.yaml:71 WebRole: Policies[0].PolicyDocument.Statement[0] allows"
                        + " Action \"*\"",
                "IAC01 Lb " + DIR + "web.yaml:77 Lb: Scheme internet-facing (the default)",
                "IAC10 Lb " + DIR + "web.yaml:77 Lb: LoadBalancerAttributes do not set access_logs.s3.enabled to"
                        + " true",
                "IAC04 Db " + DIR + "web.yaml:4 parameter DbPassword has a Default and no NoEcho: true",
                "IAC05 Db " + DIR + "web.yaml:43 DbIngress opens TCP 5432 to the Internet",
                "IAC07 Db " + DIR + "web.yaml:97 AWS::RDS::DBInstance",
                "IAC05 Assets " + DIR + "web.yaml:108 Assets: AccessControl PublicRead",
                "IAC07 Assets " + DIR + "web.yaml:105 AWS::S3::Bucket",
                "IAC10 Assets " + DIR + "web.yaml:105 Assets: no LoggingConfiguration (access logs off)",
                "IAC04 Cache " + DIR + "web.yaml:118 Cache: Properties.ApiToken is a literal secret",
                "IAC02 Internet -> Db " + DIR + "web.yaml:43 DbIngress opens TCP 5432 to the Internet (database"
                        + " traffic, TLS not required by the template)",
                "IAC02 Internet -> Lb " + DIR + "web.yaml:81 HttpListener: Protocol HTTP without a redirect to HTTPS");
    }

    @Test
    void should_find_the_serverless_problems_at_the_lines_that_cause_them() {
        assertThat(findings("sam.yaml")).containsExactlyInAnyOrder(
                "IAC10 AWS account " + DIR + "sam.yaml:1 " + DIR + "sam.yaml declares no AWS::CloudTrail::Trail",
                "IAC03 Orders " + DIR + "sam.yaml:18 Orders: Policies[2] attaches AdministratorAccess",
                "IAC04 Orders " + DIR + "sam.yaml:12 Orders: Properties.Environment.Variables.DB_PASSWORD is a"
                        + " literal secret",
                "IAC01 Admin " + DIR + "sam.yaml:39 Admin: function URL with AuthType NONE",
                "IAC07 OrdersTable " + DIR + "sam.yaml:56 AWS::DynamoDB::Table",
                "IAC07 Uploads " + DIR + "sam.yaml:60 AWS::S3::Bucket",
                "IAC10 Uploads " + DIR + "sam.yaml:60 Uploads: no LoggingConfiguration (access logs off)",
                "IAC07 WorkQueue " + DIR + "sam.yaml:62 AWS::SQS::Queue",
                "IAC01 ServerlessRestApi " + DIR + "sam.yaml:20 Orders: Events.ListOrders (Api GET /orders) has no"
                        + " authorizer");
    }

    @Test
    void should_find_nothing_in_a_template_that_shows_every_mitigation() {
        assertThat(findings("secure.json")).isEmpty();
    }

    @Test
    void should_end_each_finding_details_with_its_cause() {
        Model model = CloudFormationModelTest.model("web.yaml");
        List<Finding> findings = Pipeline.of(model).threats(ThreatLibrary.builtIn("iac")).run().findings().findings();
        assertThat(findings).filteredOn(f -> f.threatId().equals("IAC06")).singleElement()
                .satisfies(f -> assertThat(f.details()).endsWith(
                        " Cause: WebSg: SecurityGroupIngress[0] opens port 22 to the Internet"));
        assertThat(findings).noneMatch(f -> f.details().contains("hunter2") || f.details().contains("tok-123"));
    }
}
