package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.terraform.AwsData.Statement;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IAM: the policies of each role, user and group (inline, {@code aws_iam_*_policy}, attachments of managed
 * policies, {@code aws_iam_policy_document} data sources); an identity allowed {@code *} actions, a whole service
 * ({@code s3:*}) on every resource, or given AdministratorAccess is {@link IacFacts#PERMISSIVE} (located at the
 * policy); a workload (instance through its instance profile, Lambda, ECS task) whose role may read or write a data
 * store gets a flow to it. Also the account's audit trail (CloudTrail).
 */
final class AwsIdentity {
    private static final String[] IDENTITIES = {"aws_iam_role", "aws_iam_user", "aws_iam_group"};
    /** Data store types and the IAM service prefix of their actions. */
    private static final Map<String, String> SERVICES = Map.of("aws_s3_bucket", "s3", "aws_dynamodb_table",
            "dynamodb", "aws_sqs_queue", "sqs", "aws_sns_topic", "sns", "aws_secretsmanager_secret",
            "secretsmanager", "aws_kms_key", "kms", "aws_db_instance", "rds-db", "aws_rds_cluster", "rds-db");
    private static final List<String> READS = List.of("get", "list", "describe", "query", "scan", "receive",
            "batchget", "decrypt", "select", "read");
    private static final List<String> WRITES = List.of("put", "delete", "update", "send", "publish", "write",
            "batchwrite", "encrypt", "create", "restore", "connect");

    private final TerraformMapping mapping;

    AwsIdentity(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    /** A policy that applies to an identity: what grants it and its statements. */
    private record Grant(Resource source, String cause, SourcePosition at, List<Statement> statements,
            boolean admin) {
    }

    void connect() {
        for (Resource identity : mapping.resources(IDENTITIES)) {
            Element element = mapping.elementOf(identity).orElseThrow();
            List<Grant> grants = grants(identity);
            for (Grant grant : grants) {
                permissive(grant).ifPresent(why -> setOnce(element, IacFacts.PERMISSIVE, why, grant.at()));
            }
            if (identity.type().equals("aws_iam_role")) {
                for (Resource workload : workloads(identity)) {
                    mapping.elementOf(workload).ifPresent(w -> access(w, grants));
                }
            }
        }
    }

    /** Every policy granted to an identity, in input order. */
    private List<Grant> grants(Resource identity) {
        List<Grant> grants = new ArrayList<>();
        for (BlockValue inline : identity.body().blocks("inline_policy")) {
            grants.add(new Grant(identity, identity.address() + ": inline_policy", inline.position(),
                    Statement.of(identity, inline, "policy", mapping), false));
        }
        for (String arn : BlockArguments.texts(identity.body(), "managed_policy_arns")) {
            if (arn.endsWith(":policy/AdministratorAccess")) {
                grants.add(new Grant(identity, identity.address() + ": managed_policy_arns includes " + arn,
                        BlockArguments.at(identity.body(), "managed_policy_arns"), List.of(), true));
            }
        }
        String own = identity.type().substring("aws_iam_".length());
        for (Resource policy : mapping.referencing(identity, "aws_iam_" + own + "_policy")) {
            grants.add(new Grant(policy, policy.address(), policy.position(),
                    Statement.of(policy, policy.body(), "policy", mapping), false));
        }
        List<Resource> attachments = new ArrayList<>(mapping.referencing(identity,
                "aws_iam_" + own + "_policy_attachment"));
        attachments.addAll(mapping.referencing(identity, "aws_iam_policy_attachment"));
        for (Resource attachment : attachments) {
            Optional<String> arn = BlockArguments.text(attachment.body(), "policy_arn");
            if (arn.isPresent()) {
                grants.add(new Grant(attachment, attachment.address() + ": policy_arn = " + arn.get(),
                        attachment.position(), List.of(), arn.get().endsWith(":policy/AdministratorAccess")));
            }
            for (Resource policy : mapping.referenced(attachment, "aws_iam_policy")) {
                grants.add(new Grant(policy, policy.address() + " (attached by " + attachment.address() + ")",
                        policy.position(), Statement.of(policy, policy.body(), "policy", mapping), false));
            }
        }
        for (Resource policy : mapping.referenced(identity, "aws_iam_policy")) {
            grants.add(new Grant(policy, policy.address() + " (in " + identity.address() + ")",
                    policy.position(), Statement.of(policy, policy.body(), "policy", mapping), false));
        }
        return grants;
    }

    /** Why a grant is too wide, or empty. */
    private static Optional<String> permissive(Grant grant) {
        if (grant.admin()) {
            return Optional.of(grant.cause() + " (AdministratorAccess)");
        }
        for (Statement s : grant.statements()) {
            if (!s.allow()) {
                continue;
            }
            for (String action : s.actions()) {
                if (action.equals("*") || (action.endsWith(":*") && s.resources().contains("*"))) {
                    return Optional.of(grant.cause() + ": allows " + action + " on Resource "
                            + String.join(", ", s.resources()));
                }
            }
        }
        return Optional.empty();
    }

    /** The workloads acting as a role: directly, through an instance profile, or through an ECS task definition. */
    private List<Resource> workloads(Resource role) {
        Set<Resource> found = new LinkedHashSet<>(mapping.referencing(role, "aws_lambda_function",
                "aws_instance", "aws_launch_template", "aws_ecs_task_definition"));
        for (Resource profile : mapping.referencing(role, "aws_iam_instance_profile")) {
            found.addAll(mapping.referencing(profile, "aws_instance", "aws_launch_template"));
        }
        return List.copyOf(found);
    }

    /** Flows from a workload to each data store its role's policies let it read or write. */
    private void access(Element workload, List<Grant> grants) {
        for (Grant grant : grants) {
            for (Map.Entry<String, String> service : SERVICES.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                for (Resource store : mapping.resources(service.getKey())) {
                    Element element = mapping.elementOf(store).orElse(null);
                    if (element == null) {
                        continue;
                    }
                    for (String verb : verbs(grant, service.getValue(), store)) {
                        mapping.flow(workload, element, verb, grant.source().type(), grant.at());
                    }
                }
            }
        }
    }

    /** "reads" and/or "writes" when a grant allows it on the store: the store named, or every resource. */
    private Set<String> verbs(Grant grant, String service, Resource store) {
        Set<String> verbs = new LinkedHashSet<>();
        if (grant.admin()) {
            return new LinkedHashSet<>(List.of("reads", "writes"));
        }
        boolean named = grant.source().references().contains(store.baseAddress())
                || mapping.referenced(grant.source(), "aws_iam_policy_document").stream()
                        .anyMatch(d -> d.references().contains(store.baseAddress()));
        for (Statement s : grant.statements()) {
            if (!s.allow() || !(named || s.resources().contains("*"))) {
                continue;
            }
            for (String action : s.actions()) {
                String a = action.toLowerCase(Locale.ROOT);
                String verb = a.contains(":") ? a.substring(a.indexOf(':') + 1) : a;
                if (!a.equals("*") && !a.startsWith(service + ":")) {
                    continue;
                }
                if (verb.equals("*") || READS.stream().anyMatch(verb::startsWith)) {
                    verbs.add("reads");
                }
                if (verb.equals("*") || WRITES.stream().anyMatch(verb::startsWith)) {
                    verbs.add("writes");
                }
            }
        }
        if (verbs.isEmpty() && named && grant.statements().isEmpty()) {
            verbs.add("accesses"); // the policy names the store, in text known only when Terraform runs
        }
        return verbs;
    }

    /** No multi-region CloudTrail: a fact on the account boundary, at the provider block or the trail. */
    static void auditTrail(TerraformMapping mapping) {
        List<Resource> trails = mapping.resources("aws_cloudtrail");
        Element account = mapping.account("aws");
        for (Resource trail : trails) {
            if (BlockArguments.isTrue(trail.body(), "is_multi_region_trail")
                    && !BlockArguments.flag(trail.body(), "enable_logging").equals(Optional.of(false))) {
                return;
            }
        }
        if (trails.isEmpty()) {
            IacFacts.set(account, IacFacts.NO_AUDIT_TRAIL, "no aws_cloudtrail resource: API calls in the account"
                    + " are not logged by a trail", mapping.providerPosition("aws"));
        } else {
            Resource trail = trails.get(0);
            IacFacts.set(account, IacFacts.NO_AUDIT_TRAIL, trail.address() + ": "
                    + (BlockArguments.flag(trail.body(), "enable_logging").equals(Optional.of(false))
                            ? "enable_logging = false" : "is_multi_region_trail is not true"),
                    trail.position());
        }
    }
}
