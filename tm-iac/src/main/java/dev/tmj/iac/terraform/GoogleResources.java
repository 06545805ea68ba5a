package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.util.List;
import java.util.Set;

/**
 * The Google Cloud mapping ({@code google_*}): VPC networks and subnetworks as boundaries; instances, GKE clusters
 * and node pools, Cloud Run services and Cloud Functions as servers and functions; Cloud SQL, Cloud Storage,
 * BigQuery, disks, Secret Manager and KMS as data stores; service accounts as identities. Firewalls and IAM
 * bindings are folded into what they act on ({@link GoogleNetwork}, {@link GoogleAccess}). docs/terraform.md lists
 * the mapping.
 * <p>
 * Google Cloud encrypts every store at rest with Google-managed keys whatever the code says, so those stores are
 * encrypted at rest (a customer-managed key is a stronger control that IAC07 does not ask for).
 */
final class GoogleResources implements ProviderMapping {
    private static final Set<String> FOLDED = Set.of("google_compute_network", "google_compute_subnetwork",
            "google_compute_firewall", "google_project_iam_binding", "google_project_iam_member",
            "google_project_iam_policy", "google_storage_bucket_iam_binding", "google_storage_bucket_iam_member",
            "google_cloud_run_service_iam_binding", "google_cloud_run_service_iam_member",
            "google_cloud_run_v2_service_iam_member", "google_cloudfunctions_function_iam_binding",
            "google_cloudfunctions_function_iam_member", "google_secret_manager_secret_version",
            "google_sql_database", "google_sql_user", "google_compute_address", "google_compute_router",
            "google_compute_router_nat", "google_project_service", "google_project_iam_audit_config");

    static final ResourceKinds KINDS = new ResourceKinds(FOLDED)
            .kind(ElementType.SERVER, "Compute Engine instance", "google_compute_instance",
                    "google_compute_instance_template")
            .kind(ElementType.SERVER, "GKE cluster control plane", "google_container_cluster")
            .kind(ElementType.SERVER, "GKE node pool", "google_container_node_pool")
            .kind(ElementType.SERVER, "Cloud Run service", "google_cloud_run_service", "google_cloud_run_v2_service")
            .kind(ElementType.LAMBDA, "Cloud Function", "google_cloudfunctions_function",
                    "google_cloudfunctions2_function")
            .kind(ElementType.DATASTORE, "Cloud SQL instance", "google_sql_database_instance")
            .kind(ElementType.DATASTORE, "Cloud Storage bucket", "google_storage_bucket")
            .kind(ElementType.DATASTORE, "BigQuery dataset", "google_bigquery_dataset")
            .kind(ElementType.DATASTORE, "Persistent disk", "google_compute_disk")
            .kind(ElementType.DATASTORE, "Secret Manager secret", "google_secret_manager_secret")
            .kind(ElementType.DATASTORE, "Cloud KMS key", "google_kms_crypto_key", "google_kms_key_ring")
            .kind(ElementType.DATASTORE, "Pub/Sub topic", "google_pubsub_topic")
            .kind(ElementType.ELEMENT, "Service account: the identity workloads act as", "google_service_account");

    @Override
    public String provider() {
        return "google";
    }

    @Override
    public boolean knows(String type) {
        return KINDS.knows(type);
    }

    @Override
    public void map(List<Resource> resources, TerraformMapping mapping) {
        GoogleNetwork network = new GoogleNetwork(mapping);
        network.addBoundaries();
        KINDS.addElements(resources, mapping, network::placement, GoogleResources::describe);
        network.connect();
        new GoogleAccess(mapping).connect();
        KINDS.findSecrets(mapping);
        for (Resource version : mapping.resources("google_secret_manager_secret_version")) {
            for (Element secret : mapping.referencedElements(version, "google_secret_manager_secret")) {
                BlockArguments.text(version.body(), "secret_data").filter(v -> !v.isBlank()).ifPresent(v -> setOnce(
                        secret, IacFacts.SECRET, version.address() + ": secret_data is a literal",
                        BlockArguments.at(version.body(), "secret_data")));
            }
        }
    }

    /** Stores: SQL or not; encrypted at rest, as Google Cloud encrypts every store. */
    private static void describe(Resource resource, Element element) {
        if (element.type() == ElementType.DATASTORE) {
            boolean sql = resource.type().equals("google_sql_database_instance");
            element.set("isSQL", sql);
            if (sql) {
                element.set("type", DatastoreType.SQL);
            }
            element.controls().set("isEncryptedAtRest", true);
        }
    }
}
