package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Azure data stores and identities: database firewall rules that admit the whole Internet (and plaintext when SSL
 * is not enforced), public storage (blob public access, public containers) unless the account's network rules deny
 * by default, and roles that allow every action or grant ownership.
 */
final class AzureData {
    private static final String[] FIREWALL_RULES = {"azurerm_sql_firewall_rule", "azurerm_mssql_firewall_rule",
        "azurerm_postgresql_firewall_rule", "azurerm_mysql_firewall_rule",
        "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule"};
    private static final Set<String> POWERFUL_ROLES = Set.of("owner", "contributor", "user access administrator");

    private final TerraformMapping mapping;

    AzureData(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    void connect() {
        firewallRules();
        storage();
        roles();
    }

    /** A rule from 0.0.0.0 to 255.255.255.255 lets the Internet reach the server (0.0.0.0 alone is Azure's own). */
    private void firewallRules() {
        for (Resource rule : mapping.resources(FIREWALL_RULES)) {
            String start = BlockArguments.text(rule.body(), "start_ip_address").orElse("");
            String end = BlockArguments.text(rule.body(), "end_ip_address").orElse("");
            if (!start.equals("0.0.0.0") || !end.equals("255.255.255.255")) {
                continue;
            }
            for (Element server : mapping.referencedElements(rule, AzureResources.SQL.toArray(String[]::new))) {
                String opens = rule.address() + ": admits every address (" + start + " to " + end + ")";
                setOnce(server, IacFacts.PUBLIC_DATA, opens, rule.position());
                Element flow = mapping.flow(mapping.internet(), server, "SQL", rule.type(), rule.position());
                Resource serverResource = mapping.referenced(rule, AzureResources.SQL.toArray(String[]::new)).get(0);
                boolean ssl = !BlockArguments.flag(serverResource.body(), "ssl_enforcement_enabled")
                        .orElse(true).equals(false);
                flow.controls().set("isEncrypted", ssl);
                if (!ssl) {
                    setOnce(flow, IacFacts.PLAINTEXT, serverResource.address() + ": ssl_enforcement_enabled = false"
                            + " on a server the Internet reaches", BlockArguments.at(serverResource.body(),
                                    "ssl_enforcement_enabled"));
                }
            }
        }
    }

    private void storage() {
        for (Resource account : mapping.resources("azurerm_storage_account")) {
            Element element = mapping.elementOf(account).orElseThrow();
            for (String name : List.of("allow_blob_public_access", "allow_nested_items_to_be_public")) {
                if (BlockArguments.isTrue(account.body(), name)) {
                    setOnce(element, IacFacts.PUBLIC_DATA, account.address() + ": " + name + " = true",
                            BlockArguments.at(account.body(), name));
                }
            }
            for (Resource container : mapping.referencing(account, "azurerm_storage_container")) {
                String access = BlockArguments.text(container.body(), "container_access_type").orElse("private");
                if (!access.equals("private")) {
                    setOnce(element, IacFacts.PUBLIC_DATA, container.address() + ": container_access_type = "
                            + access, BlockArguments.at(container.body(), "container_access_type"));
                }
            }
            BlockArguments.block(account.body(), "network_rules")
                    .filter(b -> BlockArguments.text(b, "default_action").filter("Deny"::equalsIgnoreCase).isPresent())
                    .ifPresent(b -> setOnce(element, IacFacts.PUBLIC_ACCESS_BLOCKED, account.address()
                            + ": network_rules deny by default", b.position()));
            for (Resource rules : mapping.referencing(account, "azurerm_storage_account_network_rules")) {
                if (BlockArguments.text(rules.body(), "default_action").filter("Deny"::equalsIgnoreCase).isPresent()) {
                    setOnce(element, IacFacts.PUBLIC_ACCESS_BLOCKED, rules.address() + ": deny by default",
                            rules.position());
                }
            }
        }
    }

    /** A role allowing every action, or an assignment of a role that owns or writes everything in its scope. */
    private void roles() {
        for (Resource definition : mapping.resources("azurerm_role_definition")) {
            for (BlockValue permissions : definition.body().blocks("permissions")) {
                if (BlockArguments.texts(permissions, "actions").contains("*")) {
                    mapping.elementOf(definition).ifPresent(e -> setOnce(e, IacFacts.PERMISSIVE, definition.address()
                            + ": permissions allow every action (\"*\")", permissions.position()));
                }
            }
        }
        for (Resource assignment : mapping.resources("azurerm_role_assignment")) {
            BlockArguments.text(assignment.body(), "role_definition_name")
                    .filter(role -> POWERFUL_ROLES.contains(role.toLowerCase(Locale.ROOT)))
                    .ifPresent(role -> mapping.elementOf(assignment).ifPresent(e -> setOnce(e, IacFacts.PERMISSIVE,
                            assignment.address() + ": role_definition_name = " + role,
                            BlockArguments.at(assignment.body(), "role_definition_name"))));
        }
    }
}
