package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Azure mapping ({@code azurerm_*}): virtual networks and subnets as boundaries; virtual machines, AKS, App
 * Service and Function apps, Application Gateway as servers and functions; SQL, PostgreSQL, MySQL, storage accounts,
 * Key Vault and managed disks as data stores; role definitions and assignments as identities. Network security
 * groups, firewall rules, secrets, keys and associations are folded into the elements they act on
 * ({@link AzureNetwork}). docs/terraform.md lists the mapping.
 * <p>
 * Azure encrypts storage, databases and disks at rest with platform keys whatever the code says, so those stores are
 * encrypted at rest unless the code turns encryption off (a managed disk's {@code encryption_settings}).
 */
final class AzureResources implements ProviderMapping {
    static final Set<String> SQL = Set.of("azurerm_mssql_server", "azurerm_sql_server", "azurerm_postgresql_server",
            "azurerm_mysql_server", "azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server",
            "azurerm_mssql_database", "azurerm_sql_database", "azurerm_cosmosdb_account");
    static final Set<String> WEB_APPS = Set.of("azurerm_app_service", "azurerm_linux_web_app",
            "azurerm_windows_web_app", "azurerm_function_app", "azurerm_linux_function_app",
            "azurerm_windows_function_app");
    private static final Set<String> FOLDED = Set.of("azurerm_resource_group", "azurerm_virtual_network", "azurerm_subnet",
            "azurerm_network_interface", "azurerm_public_ip", "azurerm_network_security_group",
            "azurerm_network_security_rule", "azurerm_subnet_network_security_group_association",
            "azurerm_network_interface_security_group_association", "azurerm_sql_firewall_rule",
            "azurerm_mssql_firewall_rule", "azurerm_postgresql_firewall_rule", "azurerm_mysql_firewall_rule",
            "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule",
            "azurerm_storage_account_network_rules", "azurerm_storage_container", "azurerm_key_vault_secret",
            "azurerm_key_vault_key", "azurerm_key_vault_access_policy", "azurerm_app_service_plan",
            "azurerm_service_plan", "azurerm_monitor_log_profile", "azurerm_monitor_diagnostic_setting",
            "azurerm_network_watcher", "azurerm_network_watcher_flow_log", "azurerm_postgresql_configuration",
            "azurerm_mysql_configuration", "azurerm_mssql_server_security_alert_policy",
            "azurerm_security_center_subscription_pricing", "azurerm_security_center_contact",
            "azurerm_policy_definition", "azurerm_policy_assignment");

    static final ResourceKinds KINDS = new ResourceKinds(FOLDED)
            .kind(ElementType.SERVER, "Azure virtual machine", "azurerm_linux_virtual_machine",
                    "azurerm_windows_virtual_machine", "azurerm_virtual_machine", "azurerm_linux_virtual_machine_scale_set",
                    "azurerm_windows_virtual_machine_scale_set")
            .kind(ElementType.SERVER, "AKS cluster control plane", "azurerm_kubernetes_cluster")
            .kind(ElementType.SERVER, "App Service web app", "azurerm_app_service", "azurerm_linux_web_app",
                    "azurerm_windows_web_app")
            .kind(ElementType.LAMBDA, "Azure Function app", "azurerm_function_app", "azurerm_linux_function_app",
                    "azurerm_windows_function_app")
            .kind(ElementType.SERVER, "Application Gateway", "azurerm_application_gateway")
            .kind(ElementType.DATASTORE, "Azure SQL server", "azurerm_mssql_server", "azurerm_sql_server")
            .kind(ElementType.DATASTORE, "Azure SQL database", "azurerm_mssql_database", "azurerm_sql_database")
            .kind(ElementType.DATASTORE, "Azure Database for PostgreSQL", "azurerm_postgresql_server",
                    "azurerm_postgresql_flexible_server")
            .kind(ElementType.DATASTORE, "Azure Database for MySQL", "azurerm_mysql_server",
                    "azurerm_mysql_flexible_server")
            .kind(ElementType.DATASTORE, "Cosmos DB account", "azurerm_cosmosdb_account")
            .kind(ElementType.DATASTORE, "Storage account", "azurerm_storage_account")
            .kind(ElementType.DATASTORE, "Key Vault", "azurerm_key_vault")
            .kind(ElementType.DATASTORE, "Managed disk", "azurerm_managed_disk")
            .kind(ElementType.ELEMENT, "Azure role definition", "azurerm_role_definition")
            .kind(ElementType.ELEMENT, "Azure role assignment: a principal granted a role", "azurerm_role_assignment")
            .kind(ElementType.ELEMENT, "User-assigned managed identity", "azurerm_user_assigned_identity");

    @Override
    public String provider() {
        return "azurerm";
    }

    @Override
    public boolean knows(String type) {
        return KINDS.knows(type);
    }

    @Override
    public void map(List<Resource> resources, TerraformMapping mapping) {
        AzureNetwork network = new AzureNetwork(mapping);
        network.addBoundaries();
        KINDS.addElements(resources, mapping, network::placement, AzureResources::describe);
        network.connect();
        webApps(mapping);
        new AzureData(mapping).connect();
        KINDS.findSecrets(mapping);
        for (Resource secret : mapping.resources("azurerm_key_vault_secret")) {
            for (Element vault : mapping.referencedElements(secret, "azurerm_key_vault")) {
                BlockArguments.text(secret.body(), "value").filter(v -> !v.isBlank()).ifPresent(v -> setOnce(vault,
                        IacFacts.SECRET, secret.address() + ": value is a literal", BlockArguments.at(secret.body(),
                                "value")));
            }
        }
        auditTrail(mapping);
    }

    private static void describe(Resource resource, Element element) {
        if (element.type() != ElementType.DATASTORE) {
            return;
        }
        element.set("isSQL", SQL.contains(resource.type()));
        if (SQL.contains(resource.type())) {
            element.set("type", DatastoreType.SQL);
        }
        boolean diskEncryptionOff = resource.type().equals("azurerm_managed_disk")
                && BlockArguments.block(resource.body(), "encryption_settings")
                        .flatMap(b -> BlockArguments.flag(b, "enabled")).equals(Optional.of(false));
        element.controls().set("isEncryptedAtRest", !diskEncryptionOff);
    }

    /**
     * App Service and Function apps answer on the Internet at their default host name: an Internet flow, plaintext
     * when {@code https_only} is not true, authenticated when built-in authentication is enabled.
     */
    private static void webApps(TerraformMapping mapping) {
        for (Resource app : mapping.resources(WEB_APPS.toArray(String[]::new))) {
            Element element = mapping.elementOf(app).orElseThrow();
            setOnce(element, IacFacts.INTERNET_FACING, app.address() + ": answers on its public host name",
                    app.position());
            Optional<BlockValue> auth = BlockArguments.block(app.body(), "auth_settings")
                    .or(() -> BlockArguments.block(app.body(), "auth_settings_v2"));
            boolean authenticated = auth.map(b -> BlockArguments.isTrue(b, "enabled")
                    || BlockArguments.isTrue(b, "auth_enabled")).orElse(false);
            if (authenticated) {
                setOnce(element, IacFacts.AUTHENTICATED, app.address() + ": " + auth.get().type() + " enabled",
                        auth.get().position());
            }
            boolean httpsOnly = BlockArguments.isTrue(app.body(), "https_only");
            Element flow = mapping.flow(mapping.internet(), element, httpsOnly ? "HTTPS 443" : "HTTP 80",
                    app.type(), app.position());
            flow.set("protocol", httpsOnly ? "HTTPS" : "HTTP");
            flow.set("dstPort", httpsOnly ? 443 : 80);
            flow.controls().set("isEncrypted", httpsOnly);
            if (!httpsOnly) {
                setOnce(flow, IacFacts.PLAINTEXT, app.address() + ": https_only is not true, so plain HTTP is"
                        + " served", BlockArguments.at(app.body(), "https_only"));
            }
        }
    }

    /** No activity log kept: no log profile and no diagnostic setting, on the subscription at the provider block. */
    private static void auditTrail(TerraformMapping mapping) {
        if (mapping.resources("azurerm_monitor_log_profile", "azurerm_monitor_diagnostic_setting").isEmpty()) {
            setOnce(mapping.account("azurerm"), IacFacts.NO_AUDIT_TRAIL, "Azure subscription: no"
                    + " azurerm_monitor_log_profile or azurerm_monitor_diagnostic_setting keeps the activity log",
                    mapping.providerPosition("azurerm"));
        }
    }
}
