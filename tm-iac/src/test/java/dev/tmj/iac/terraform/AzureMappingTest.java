package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.ProviderTesting.element;
import static dev.tmj.iac.terraform.ProviderTesting.findings;
import static dev.tmj.iac.terraform.ProviderTesting.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Azure resources (azurerm_*) as elements, boundaries, flows and IaC facts, each rule with and without its cause. */
class AzureMappingTest {
    /** Lines 1-3 of main.tf. */
    private static final String PROVIDER = "provider \"azurerm\" {\n  features {}\n}\n";
    private static final String NETWORK = """
            resource "azurerm_virtual_network" "main" {
              name          = "main"
              address_space = ["10.0.0.0/16"]
            }
            resource "azurerm_subnet" "app" {
              name                 = "app"
              virtual_network_name = azurerm_virtual_network.main.name
            }
            resource "azurerm_network_interface" "vm" {
              ip_configuration {
                name      = "internal"
                subnet_id = azurerm_subnet.app.id
              }
            }
            resource "azurerm_linux_virtual_machine" "vm" {
              name                  = "vm"
              network_interface_ids = [azurerm_network_interface.vm.id]
            }
            """;

    @TempDir
    Path dir;

    private Model map(String terraform) throws IOException {
        return ProviderTesting.map(dir, PROVIDER, terraform);
    }

    @Test
    void should_place_a_machine_in_the_subnet_of_its_interface_inside_its_virtual_network() throws IOException {
        Model model = map(NETWORK);

        Element vm = element(model, "azurerm_linux_virtual_machine.vm");
        assertThat(vm.inBoundary().orElseThrow().name()).isEqualTo("azurerm_subnet.app");
        assertThat(vm.inBoundary().orElseThrow().inBoundary().orElseThrow().name())
                .isEqualTo("azurerm_virtual_network.main");
        assertThat(element(model, "azurerm_virtual_network.main").inBoundary().orElseThrow().name())
                .isEqualTo("Azure subscription");
        assertThat(vm.location().orElseThrow().line()).isEqualTo(18);
    }

    @Test
    void should_open_ssh_to_the_machines_of_a_subnet_whose_security_group_allows_it_from_anywhere()
            throws IOException {
        Model model = map(NETWORK + """
                resource "azurerm_network_security_group" "web" {
                  security_rule {
                    name                   = "ssh"
                    access                 = "Allow"
                    direction              = "Inbound"
                    protocol               = "Tcp"
                    source_address_prefix  = "*"
                    destination_port_range = "22"
                  }
                  security_rule {
                    name                   = "internal"
                    access                 = "Allow"
                    direction              = "Inbound"
                    protocol               = "Tcp"
                    source_address_prefix  = "10.0.0.0/8"
                    destination_port_range = "3389"
                  }
                }
                resource "azurerm_subnet_network_security_group_association" "app" {
                  subnet_id                 = azurerm_subnet.app.id
                  network_security_group_id = azurerm_network_security_group.web.id
                }
                """);

        Element vm = element(model, "azurerm_linux_virtual_machine.vm");
        assertThat(IacFacts.get(vm, IacFacts.ADMIN_PORT)).contains("security_rule ssh", "port 22", "from *")
                .doesNotContain("3389");
        assertThat(line(vm, IacFacts.ADMIN_PORT)).isEqualTo(23);
        assertThat(model.dataflows()).anyMatch(f -> f.source().name().equals("Internet") && f.sink() == vm
                && f.get("dstPort").equals(22L));
        assertThat(findings(model, "IAC06")).containsExactly("azurerm_linux_virtual_machine.vm:23");
    }

    @Test
    void should_keep_the_open_ports_of_a_security_group_attached_to_nothing_on_the_subscription() throws IOException {
        Model model = map("""
                resource "azurerm_network_security_group" "loose" {
                  security_rule {
                    name                   = "rdp"
                    access                 = "Allow"
                    direction              = "Inbound"
                    protocol               = "Tcp"
                    source_address_prefix  = "Internet"
                    destination_port_range = "3389-3389"
                  }
                }
                """);

        Element subscription = element(model, "Azure subscription");
        assertThat(IacFacts.get(subscription, IacFacts.ADMIN_PORT)).contains("port 3389", "attached to nothing");
        assertThat(line(subscription, IacFacts.ADMIN_PORT)).isEqualTo(5);
    }

    @Test
    void should_serve_a_web_app_over_plain_http_unless_https_only_and_authenticate_it_when_auth_is_on()
            throws IOException {
        Model model = map("""
                resource "azurerm_app_service" "open" {
                  https_only = false
                }
                resource "azurerm_linux_web_app" "closed" {
                  https_only = true
                  auth_settings {
                    enabled = true
                  }
                }
                """);

        assertThat(findings(model, "IAC01")).containsExactly("azurerm_app_service.open:4");
        assertThat(findings(model, "IAC02")).containsExactly("HTTP 80:5");
        Element closed = element(model, "azurerm_linux_web_app.closed");
        assertThat(model.dataflows()).filteredOn(f -> f.sink() == closed).singleElement()
                .satisfies(f -> assertThat(f.controls().is("isEncrypted")).isTrue());
    }

    @Test
    void should_make_a_database_public_only_through_a_firewall_rule_for_every_address() throws IOException {
        Model model = map("""
                resource "azurerm_postgresql_server" "open" {
                  administrator_login_password = "Sup3rSecret!"
                  ssl_enforcement_enabled      = false
                }
                resource "azurerm_postgresql_firewall_rule" "world" {
                  server_name      = azurerm_postgresql_server.open.name
                  start_ip_address = "0.0.0.0"
                  end_ip_address   = "255.255.255.255"
                }
                resource "azurerm_mssql_server" "azure_only" {
                  administrator_login_password = var.password
                }
                resource "azurerm_mssql_firewall_rule" "azure" {
                  server_id        = azurerm_mssql_server.azure_only.id
                  start_ip_address = "0.0.0.0"
                  end_ip_address   = "0.0.0.0"
                }
                variable "password" {
                  sensitive = true
                }
                """);

        assertThat(findings(model, "IAC05")).containsExactly("azurerm_postgresql_server.open:8");
        assertThat(findings(model, "IAC02")).containsExactly("SQL:6");
        assertThat(findings(model, "IAC04")).containsExactly("azurerm_postgresql_server.open:5");
        assertThat(IacFacts.get(element(model, "azurerm_postgresql_server.open"), IacFacts.SECRET))
                .doesNotContain("Sup3rSecret");
        assertThat(findings(model, "IAC07")).isEmpty();
    }

    @Test
    void should_make_storage_public_by_its_flags_or_containers_unless_its_network_rules_deny() throws IOException {
        Model model = map("""
                resource "azurerm_storage_account" "open" {
                  allow_blob_public_access = true
                }
                resource "azurerm_storage_account" "container" {
                  name = "c"
                }
                resource "azurerm_storage_container" "site" {
                  storage_account_name  = azurerm_storage_account.container.name
                  container_access_type = "blob"
                }
                resource "azurerm_storage_account" "fenced" {
                  allow_blob_public_access = true
                  network_rules {
                    default_action = "Deny"
                  }
                }
                """);

        assertThat(findings(model, "IAC05")).containsExactly("azurerm_storage_account.open:5",
                "azurerm_storage_account.container:12");
    }

    @Test
    void should_find_roles_that_allow_everything_or_own_the_scope() throws IOException {
        Model model = map("""
                resource "azurerm_role_definition" "god" {
                  permissions {
                    actions = ["*"]
                  }
                }
                resource "azurerm_role_definition" "reader" {
                  permissions {
                    actions = ["Microsoft.Storage/*/read"]
                  }
                }
                resource "azurerm_role_assignment" "owner" {
                  role_definition_name = "Owner"
                }
                resource "azurerm_role_assignment" "reader" {
                  role_definition_name = "Reader"
                }
                """);

        assertThat(findings(model, "IAC03")).containsExactly("azurerm_role_definition.god:5",
                "azurerm_role_assignment.owner:15");
    }

    @Test
    void should_count_azure_stores_encrypted_at_rest_unless_a_disk_turns_encryption_off() throws IOException {
        Model model = map("""
                resource "azurerm_managed_disk" "plain" {
                  encryption_settings {
                    enabled = false
                  }
                }
                resource "azurerm_managed_disk" "default" {
                  name = "d"
                }
                """);

        assertThat(findings(model, "IAC07")).containsExactly("azurerm_managed_disk.plain:4");
    }

    @Test
    void should_report_a_subscription_without_an_activity_log_at_its_provider_block_and_a_public_aks_api()
            throws IOException {
        Model without = map("""
                resource "azurerm_kubernetes_cluster" "public" {
                  name = "k"
                }
                resource "azurerm_kubernetes_cluster" "private" {
                  private_cluster_enabled = true
                }
                """);

        assertThat(findings(without, "IAC10")).containsExactly("Azure subscription:1");
        assertThat(findings(without, "IAC06")).containsExactly("azurerm_kubernetes_cluster.public:4");

        Model with = map("""
                resource "azurerm_monitor_log_profile" "all" {
                  categories = ["Action", "Delete", "Write"]
                }
                """);
        assertThat(findings(with, "IAC10")).isEmpty();
    }
}
