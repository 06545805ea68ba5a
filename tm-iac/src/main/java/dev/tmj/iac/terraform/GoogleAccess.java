package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import java.util.List;
import java.util.Set;

/**
 * Google Cloud access: IAM bindings that make a bucket or dataset public or let anyone invoke a service, project
 * roles that own or edit everything, Cloud Run services and HTTP functions as Internet entry points (authenticated
 * by IAM unless {@code allUsers} may invoke them), and buckets' public access prevention and access logs.
 */
final class GoogleAccess {
    private static final Set<String> EVERYONE = Set.of("allUsers", "allAuthenticatedUsers");
    private static final Set<String> POWERFUL_ROLES = Set.of("roles/owner", "roles/editor");
    private static final String[] SERVICES = {"google_cloud_run_service", "google_cloud_run_v2_service",
        "google_cloudfunctions_function", "google_cloudfunctions2_function"};
    private static final String[] SERVICE_BINDINGS = {"google_cloud_run_service_iam_binding",
        "google_cloud_run_service_iam_member", "google_cloud_run_v2_service_iam_member",
        "google_cloudfunctions_function_iam_binding", "google_cloudfunctions_function_iam_member"};

    private final TerraformMapping mapping;

    GoogleAccess(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    void connect() {
        buckets();
        datasets();
        services();
        projectRoles();
    }

    private static List<String> members(Resource binding) {
        List<String> members = new java.util.ArrayList<>(BlockArguments.texts(binding.body(), "members"));
        members.addAll(BlockArguments.texts(binding.body(), "member"));
        return members;
    }

    private void buckets() {
        for (Resource bucket : mapping.resources("google_storage_bucket")) {
            Element element = mapping.elementOf(bucket).orElseThrow();
            for (Resource binding : mapping.referencing(bucket, "google_storage_bucket_iam_binding",
                    "google_storage_bucket_iam_member")) {
                members(binding).stream().filter(EVERYONE::contains).findFirst().ifPresent(m -> setOnce(element,
                        IacFacts.PUBLIC_DATA, binding.address() + ": grants " + BlockArguments.text(binding.body(), "role")
                                .orElse("a role") + " to " + m, binding.position()));
            }
            if (BlockArguments.text(bucket.body(), "public_access_prevention").filter("enforced"::equals).isPresent()) {
                setOnce(element, IacFacts.PUBLIC_ACCESS_BLOCKED, bucket.address() + ": public_access_prevention"
                        + " = enforced", BlockArguments.at(bucket.body(), "public_access_prevention"));
            }
            if (bucket.body().blocks("logging").isEmpty()) {
                setOnce(element, IacFacts.NO_AUDIT_TRAIL, bucket.address() + ": no logging block, so access logs"
                        + " are off", bucket.position());
            }
        }
    }

    private void datasets() {
        for (Resource dataset : mapping.resources("google_bigquery_dataset")) {
            Element element = mapping.elementOf(dataset).orElseThrow();
            for (BlockValue access : dataset.body().blocks("access")) {
                BlockArguments.text(access, "special_group").filter(EVERYONE::contains)
                        .or(() -> BlockArguments.text(access, "iam_member").filter(EVERYONE::contains))
                        .ifPresent(m -> setOnce(element, IacFacts.PUBLIC_DATA, dataset.address() + ": access grants "
                                + BlockArguments.text(access, "role").orElse("a role") + " to " + m, access.position()));
            }
        }
    }

    /** Cloud Run and HTTP functions answer on the Internet; IAM authenticates callers unless allUsers may invoke. */
    private void services() {
        for (Resource service : mapping.resources(SERVICES)) {
            boolean http = !service.type().startsWith("google_cloudfunctions")
                    || BlockArguments.isTrue(service.body(), "trigger_http");
            String ingress = BlockArguments.text(service.body(), "ingress").orElse("all");
            if (!http || ingress.contains("internal")) {
                continue;
            }
            Element element = mapping.elementOf(service).orElseThrow();
            setOnce(element, IacFacts.INTERNET_FACING, service.address() + ": answers on its public URL",
                    service.position());
            boolean everyone = mapping.referencing(service, SERVICE_BINDINGS).stream()
                    .anyMatch(b -> members(b).stream().anyMatch(EVERYONE::contains));
            if (!everyone) {
                setOnce(element, IacFacts.AUTHENTICATED, service.address() + ": only IAM principals may invoke it",
                        service.position());
            }
            Element flow = mapping.flow(mapping.internet(), element, "HTTPS 443", service.type(), service.position());
            flow.set("protocol", "HTTPS");
            flow.set("dstPort", 443);
            flow.controls().set("isEncrypted", true);
        }
    }

    /** Owner or editor on the project: on the service account it names, else on the project's boundary. */
    private void projectRoles() {
        for (Resource binding : mapping.resources("google_project_iam_binding", "google_project_iam_member")) {
            String role = BlockArguments.text(binding.body(), "role").orElse("");
            if (!POWERFUL_ROLES.contains(role)) {
                continue;
            }
            String cause = binding.address() + ": grants " + role + " on the project";
            List<Element> accounts = mapping.referencedElements(binding, "google_service_account");
            if (accounts.isEmpty()) {
                setOnce(mapping.account("google"), IacFacts.PERMISSIVE, cause, binding.position());
            }
            accounts.forEach(a -> setOnce(a, IacFacts.PERMISSIVE, cause, binding.position()));
        }
    }
}
