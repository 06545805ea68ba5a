package dev.tmj.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.SharedIac;
import dev.tmj.iac.hcl.Value;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** terragoat's three clouds (../shared/iac, skipped when absent) read without errors, with the resources named. */
class TerragoatConfigTest {

    private static TerraformConfig read(String cloud) throws IOException {
        Path folder = SharedIac.folder("terragoat/terraform/" + cloud);
        return TerraformConfig.read(folder);
    }

    @Test
    void should_read_terragoat_aws_with_its_resources_blocks_and_references() throws IOException {
        TerraformConfig config = read("aws");

        assertThat(config.resources()).extracting(Resource::address).contains("aws_s3_bucket.data",
                "aws_security_group.web-node", "aws_eks_cluster.eks_cluster", "aws_vpc.eks_vpc",
                "data.aws_caller_identity.current", "aws_neptune_cluster_instance.default[0]", "aws_instance.web_host");
        Resource sg = config.resource("aws_security_group.web-node").orElseThrow();
        assertThat(sg.position().file()).endsWith("aws/ec2.tf");
        assertThat(sg.position().line()).isEqualTo(77);
        assertThat(sg.body().blocks("ingress")).extracting(b -> b.position().line()).containsExactly(83, 90);
        assertThat(sg.body().blocks("ingress").get(1).value("from_port")).contains(Value.of(22));
        assertThat(sg.body().blocks("ingress").get(1).value("cidr_blocks")).contains(Value.list(
                java.util.List.of(Value.of("0.0.0.0/0"))));
        // the data source through local.resource_prefix, used in its name
        assertThat(sg.references()).containsExactly("aws_vpc.web_vpc", "data.aws_caller_identity.current");
        Resource web = config.resource("aws_instance.web_host").orElseThrow();
        assertThat(web.references()).contains("aws_security_group.web-node", "aws_subnet.web_subnet");
        assertThat(web.body().value("user_data").orElseThrow()).isInstanceOfSatisfying(Value.Str.class,
                s -> assertThat(s.value()).contains("export AWS_SECRET_ACCESS_KEY="));
        assertThat(web.body().value("ami")).contains(Value.of("ami-09a5b0b7edf08843d"));
        assertThat(config.resource("aws_eks_cluster.eks_cluster").orElseThrow().references())
                .contains("aws_iam_role.iam_for_eks", "aws_subnet.eks_subnet1", "aws_subnet.eks_subnet2");
        assertThat(config.providers()).extracting(Declarations.Provider::name).containsExactly("aws", "aws");
        assertThat(config.notes()).anyMatch(n -> n.message().contains("null_resource.push_image")
                || n.message().startsWith("provisioner"));
    }

    @Test
    void should_read_terragoat_azure_and_gcp() throws IOException {
        TerraformConfig azure = read("azure");
        TerraformConfig gcp = read("gcp");

        assertThat(azure.resources()).extracting(Resource::address).contains("azurerm_key_vault.example",
                "azurerm_storage_account.example", "azurerm_sql_firewall_rule.example", "azurerm_subnet.example");
        assertThat(azure.providers()).extracting(Declarations.Provider::name).containsExactly("azurerm");
        assertThat(gcp.resources()).extracting(Resource::address).contains("google_storage_bucket.terragoat_website",
                "google_container_cluster.workload_cluster", "google_sql_database_instance.master_instance");
        assertThat(gcp.providers()).extracting(Declarations.Provider::name).containsExactly("google");
    }
}
