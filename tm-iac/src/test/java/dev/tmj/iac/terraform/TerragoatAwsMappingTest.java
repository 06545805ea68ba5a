package dev.tmj.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.SharedIac;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * terragoat's AWS configuration (../shared/iac, skipped when absent) maps without errors, and the problems it was
 * written to show are found by the IaC library at the lines that cause them.
 */
class TerragoatAwsMappingTest {

    private static Model model() throws IOException {
        Model model = Model.named("terragoat");
        TerraformModel.addTo(model, TerraformConfig.read(SharedIac.folder("terragoat/terraform/aws")));
        return model;
    }

    /** "SID target file:line", file without its folder. */
    private static String describe(Finding finding) {
        String at = finding.location().map(l -> l.file().substring(l.file().lastIndexOf('/') + 1) + ":" + l.line())
                .orElse("?");
        return finding.threatId() + " " + finding.target() + " " + at;
    }

    @Test
    void should_find_terragoats_known_aws_problems_at_their_lines() throws IOException {
        List<String> findings = Resolver.resolve(model(), ThreatLibrary.builtIn("iac")).findings().stream()
                .map(TerragoatAwsMappingTest::describe).toList();

        assertThat(findings).contains(
                // SSH open to the world (security group web-node, its second ingress block)
                "IAC06 aws_instance.web_host ec2.tf:90",
                // the EKS API endpoint is public (vpc_config without endpoint_public_access = false)
                "IAC06 aws_eks_cluster.eks_cluster eks.tf:122",
                // hard-coded secrets: user data, Lambda environment, provider keys, the DB password's default
                "IAC04 aws_instance.web_host ec2.tf:9",
                "IAC04 aws_lambda_function.analysis_lambda lambda.tf:44",
                "IAC04 AWS account providers.tf:10",
                "IAC04 aws_db_instance.default consts.tf:39",
                // the publicly accessible, unencrypted database
                "IAC05 aws_db_instance.default db-app.tf:22",
                "IAC07 aws_db_instance.default db-app.tf:1",
                "IAC07 aws_ebs_volume.web_host_storage ec2.tf:34",
                "IAC07 aws_s3_bucket.data s3.tf:1",
                "IAC07 aws_rds_cluster.app1-rds-cluster rds.tf:1",
                // s3:*/ec2:* on Resource * for the EC2 role and the IAM user
                "IAC03 aws_iam_role.ec2role db-app.tf:206",
                "IAC03 aws_iam_user.user iam.tf:25",
                // the classic ELB takes plaintext HTTP from the Internet, without authentication or access logs
                "IAC02 HTTP 80 elb.tf:5",
                "IAC01 aws_elb.weblb elb.tf:5",
                "IAC10 aws_elb.weblb elb.tf:2",
                // no CloudTrail, buckets without access logs
                "IAC10 AWS account providers.tf:2",
                "IAC10 aws_s3_bucket.financials s3.tf:42");
        // the log bucket declares server-side encryption; the data-science bucket has access logging
        assertThat(findings).doesNotContain("IAC07 aws_s3_bucket.logs s3.tf:113",
                "IAC10 aws_s3_bucket.data_science s3.tf:89");
    }

    @Test
    void should_map_terragoats_network_and_keep_its_unknown_types_as_generic_elements() throws IOException {
        Model model = model();

        Element web = AwsTesting.element(model, "aws_instance.web_host");
        assertThat(web.inBoundary().orElseThrow().name()).isEqualTo("aws_subnet.web_subnet");
        assertThat(web.inBoundary().orElseThrow().get("description")).asString().startsWith("public subnet");
        assertThat(AwsTesting.flow(model, "aws_elb.weblb", "aws_instance.web_host", "HTTP 8000")).isPresent();
        assertThat(AwsTesting.flow(model, "aws_instance.db_app", "aws_s3_bucket.financials", "reads")).isPresent();
        assertThat(IacFacts.get(AwsTesting.element(model, "aws_neptune_cluster.default"), IacFacts.TYPE))
                .isEqualTo("aws_neptune_cluster");
        assertThat(AwsTesting.element(model, "aws_neptune_cluster.default").get("description")).asString()
                .contains("does not model");
    }

    @Test
    void should_map_the_same_configuration_to_the_same_model_twice() throws IOException {
        assertThat(snapshot(model())).isEqualTo(snapshot(model()));
    }

    /** Every element and flow in order, with its boundary, ends and facts. */
    static List<String> snapshot(Model model) {
        return model.elements().stream().map(e -> e.type() + " " + e.name() + " in "
                + e.inBoundary().map(Element::name).orElse("-")
                + (e.isDataflow() ? " " + e.source().name() + "->" + e.sink().name() : "")
                + " " + e.extras() + " " + e.controls().is("isEncryptedAtRest")).toList();
    }
}
