package dev.tmj.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.SharedIac;
import dev.tmj.model.Model;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * terragoat's Azure and Google Cloud configurations (../shared/iac, skipped when absent) map without errors, and the
 * problems they were written to show are found by the IaC library at the lines that cause them.
 */
class TerragoatCloudsMappingTest {

    private static List<String> findings(String cloud) throws IOException {
        Model model = Model.named("terragoat " + cloud);
        TerraformModel.addTo(model, TerraformConfig.read(SharedIac.folder("terragoat/terraform/" + cloud)));
        return Resolver.resolve(model, ThreatLibrary.builtIn("iac")).findings().stream()
                .map(TerragoatCloudsMappingTest::describe).toList();
    }

    /** "SID target file:line", file without its folder. */
    private static String describe(Finding finding) {
        String at = finding.location().map(l -> l.file().substring(l.file().lastIndexOf('/') + 1) + ":" + l.line())
                .orElse("?");
        return finding.threatId() + " " + finding.target() + " " + at;
    }

    @Test
    void should_find_terragoats_known_azure_problems_at_their_lines() throws IOException {
        assertThat(findings("azure")).contains(
                // a security group attached to nothing opens SSH and RDP to everyone (the first, SSH, is kept)
                "IAC06 Azure subscription networking.tf:74",
                // the AKS API server is public with no authorized ranges
                "IAC06 azurerm_kubernetes_cluster.k8s_cluster aks.tf:1",
                // App Service without HTTPS only, and no authentication on either app
                "IAC02 HTTP 80 app_service.tf:27",
                "IAC01 azurerm_app_service.app-service1 app_service.tf:22",
                // an Application Gateway listener on plain HTTP with no redirect
                "IAC02 HTTP application_gateway.tf:42",
                // literal administrator passwords
                "IAC04 azurerm_mssql_server.mssql1 mssql.tf:26",
                "IAC04 azurerm_sql_server.example sql.tf:15",
                "IAC04 azurerm_postgresql_server.example sql.tf:83",
                // a role definition allowing every action
                "IAC03 azurerm_role_definition.example roles.tf:8",
                // a managed disk with encryption turned off
                "IAC07 azurerm_managed_disk.example storage.tf:1");
        // the SQL firewall rule admits one private address, not the Internet
        assertThat(findings("azure")).noneMatch(f -> f.startsWith("IAC05 azurerm_sql_server"));
    }

    @Test
    void should_find_terragoats_known_google_cloud_problems_at_their_lines() throws IOException {
        assertThat(findings("gcp")).contains(
                // Cloud SQL authorizes 0.0.0.0/0, without required SSL
                "IAC05 google_sql_database_instance.master_instance big_data.tf:10",
                "IAC02 SQL big_data.tf:8",
                // a BigQuery dataset and a bucket open to all (authenticated) users
                "IAC05 google_bigquery_dataset.dataset big_data.tf:23",
                "IAC05 google_storage_bucket.terragoat_website gcs.tf:17",
                "IAC10 google_storage_bucket.terragoat_website gcs.tf:1",
                // a firewall open on every TCP port reaches the instance with an external IP
                "IAC06 google_compute_instance.server networks.tf:23",
                "IAC01 google_compute_instance.server networks.tf:23",
                // GKE with legacy ABAC and a control plane authorized for 0.0.0.0/0
                "IAC03 google_container_cluster.workload_cluster gke.tf:12",
                "IAC06 google_container_cluster.workload_cluster gke.tf:18");
    }
}
