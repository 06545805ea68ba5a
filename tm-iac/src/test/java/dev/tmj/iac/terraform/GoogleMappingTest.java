package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.ProviderTesting.element;
import static dev.tmj.iac.terraform.ProviderTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Google Cloud resources (google_*) as elements, boundaries, flows and IaC facts, each with and without its cause. */
class GoogleMappingTest {
    /** Lines 1-3 of main.tf. */
    private static final String PROVIDER = "provider \"google\" {\n  project = \"shop\"\n}\n";
    private static final String NETWORK = """
            resource "google_compute_network" "vpc" {
              name = "vpc"
            }
            resource "google_compute_subnetwork" "public" {
              network = google_compute_network.vpc.id
            }
            resource "google_compute_instance" "web" {
              tags = ["web"]
              network_interface {
                subnetwork = google_compute_subnetwork.public.name
                access_config {}
              }
            }
            resource "google_compute_instance" "batch" {
              network_interface {
                subnetwork = google_compute_subnetwork.public.name
              }
            }
            """;

    @TempDir
    Path dir;

    private Model map(String terraform) throws IOException {
        return ProviderTesting.map(dir, PROVIDER, terraform);
    }

    @Test
    void should_place_instances_in_their_subnetwork_inside_the_network_inside_the_project() throws IOException {
        Model model = map(NETWORK);

        Element web = element(model, "google_compute_instance.web");
        assertThat(web.inBoundary().orElseThrow().name()).isEqualTo("google_compute_subnetwork.public");
        assertThat(web.boundaryPath()).extracting(Element::name).contains("google_compute_network.vpc",
                "Google Cloud project");
    }

    @Test
    void should_open_a_firewall_to_the_tagged_instances_only_and_make_the_one_with_an_external_ip_internet_facing()
            throws IOException {
        Model model = map(NETWORK + """
                resource "google_compute_firewall" "ssh" {
                  network       = google_compute_network.vpc.id
                  source_ranges = ["0.0.0.0/0"]
                  target_tags   = ["web"]
                  allow {
                    protocol = "tcp"
                    ports    = ["22", "443"]
                  }
                }
                resource "google_compute_firewall" "internal" {
                  network       = google_compute_network.vpc.id
                  source_ranges = ["10.0.0.0/8"]
                  allow {
                    protocol = "tcp"
                    ports    = ["3389"]
                  }
                }
                """);

        assertThat(findings(model, "IAC06")).containsExactly("google_compute_instance.web:26");
        Element web = element(model, "google_compute_instance.web");
        assertThat(IacFacts.get(web, IacFacts.INTERNET_FACING)).contains("external IP");
        assertThat(IacFacts.get(element(model, "google_compute_instance.batch"), IacFacts.ADMIN_PORT)).isEmpty();
        assertThat(model.dataflows()).filteredOn(f -> f.sink() == web).singleElement()
                .satisfies(f -> assertThat(f.source().name()).isEqualTo("Internet"));
    }

    @Test
    void should_find_a_public_gke_control_plane_and_legacy_abac_but_not_a_private_one() throws IOException {
        Model model = map("""
                resource "google_container_cluster" "open" {
                  enable_legacy_abac = true
                }
                resource "google_container_cluster" "closed" {
                  master_authorized_networks_config {
                    cidr_blocks {
                      cidr_block = "10.0.0.0/8"
                    }
                  }
                }
                """);

        assertThat(findings(model, "IAC06")).containsExactly("google_container_cluster.open:4");
        assertThat(findings(model, "IAC03")).containsExactly("google_container_cluster.open:5");
    }

    @Test
    void should_make_cloud_sql_public_through_an_authorized_network_of_everyone_and_plaintext_without_ssl()
            throws IOException {
        Model model = map("""
                resource "google_sql_database_instance" "open" {
                  settings {
                    ip_configuration {
                      ipv4_enabled = true
                      authorized_networks {
                        name  = "all"
                        value = "0.0.0.0/0"
                      }
                    }
                  }
                }
                resource "google_sql_database_instance" "office" {
                  settings {
                    ip_configuration {
                      require_ssl = true
                      authorized_networks {
                        value = "203.0.113.0/24"
                      }
                    }
                  }
                }
                """);

        assertThat(findings(model, "IAC05")).containsExactly("google_sql_database_instance.open:8");
        assertThat(findings(model, "IAC02")).containsExactly("SQL:6");
        assertThat(findings(model, "IAC07")).isEmpty();
    }

    @Test
    void should_make_a_bucket_public_for_all_users_unless_public_access_prevention_is_enforced() throws IOException {
        Model model = map("""
                resource "google_storage_bucket" "site" {
                  name = "site"
                  logging {
                    log_bucket = "logs"
                  }
                }
                resource "google_storage_bucket_iam_binding" "site" {
                  bucket  = google_storage_bucket.site.name
                  role    = "roles/storage.objectViewer"
                  members = ["allUsers"]
                }
                resource "google_storage_bucket" "guarded" {
                  public_access_prevention = "enforced"
                }
                resource "google_storage_bucket_iam_member" "guarded" {
                  bucket = google_storage_bucket.guarded.name
                  role   = "roles/storage.objectViewer"
                  member = "allAuthenticatedUsers"
                }
                """);

        assertThat(findings(model, "IAC05")).containsExactly("google_storage_bucket.site:10");
        assertThat(findings(model, "IAC10")).containsExactly("google_storage_bucket.guarded:15");
    }

    @Test
    void should_treat_cloud_run_as_an_entry_point_authenticated_by_iam_unless_all_users_may_invoke_it()
            throws IOException {
        Model model = map("""
                resource "google_cloud_run_service" "public" {
                  name = "public"
                }
                resource "google_cloud_run_service_iam_member" "public" {
                  service = google_cloud_run_service.public.name
                  role    = "roles/run.invoker"
                  member  = "allUsers"
                }
                resource "google_cloud_run_service" "private" {
                  name = "private"
                }
                """);

        assertThat(findings(model, "IAC01")).containsExactly("google_cloud_run_service.public:4");
    }

    @Test
    void should_find_owner_granted_to_a_service_account_and_a_literal_secret_version() throws IOException {
        Model model = map("""
                resource "google_service_account" "app" {
                  account_id = "app"
                }
                resource "google_project_iam_member" "app" {
                  role   = "roles/owner"
                  member = "serviceAccount:${google_service_account.app.email}"
                }
                resource "google_project_iam_member" "viewer" {
                  role   = "roles/viewer"
                  member = "serviceAccount:${google_service_account.app.email}"
                }
                resource "google_secret_manager_secret" "db" {
                  secret_id = "db"
                }
                resource "google_secret_manager_secret_version" "db" {
                  secret      = google_secret_manager_secret.db.id
                  secret_data = "hunter2-hunter2"
                }
                """);

        assertThat(findings(model, "IAC03")).containsExactly("google_service_account.app:7");
        assertThat(findings(model, "IAC04")).containsExactly("google_secret_manager_secret.db:20");
        assertThat(IacFacts.get(element(model, "google_secret_manager_secret.db"), IacFacts.SECRET))
                .doesNotContain("hunter2");
    }
}
