package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.hcl.Value;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AWS data stores: pytm's attributes from what the code shows (SQL or not, {@code controls.isEncryptedAtRest} when
 * encryption at rest is declared), data open to the public (a public ACL or bucket policy, a publicly accessible
 * database) and what blocks it (a public access block), and S3 access logging. Security-group ingress open to the
 * Internet on a data store is {@link AwsNetwork}'s.
 */
final class AwsData {
    private static final Set<String> PUBLIC_ACLS = Set.of("public-read", "public-read-write", "website");
    private static final Set<String> SQL = Set.of("aws_db_instance", "aws_rds_cluster");

    private final TerraformMapping mapping;

    AwsData(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    /** The pytm attributes of a data store from its own block. */
    static void describe(Resource resource, Element element) {
        if (element.type() != ElementType.DATASTORE) {
            return;
        }
        BlockValue body = resource.body();
        element.set("isSQL", SQL.contains(resource.type()));
        element.set("onAWS", true);
        if (SQL.contains(resource.type())) {
            element.set("type", DatastoreType.SQL);
            element.set("onRDS", true);
        } else if (resource.type().equals("aws_s3_bucket")) {
            element.set("type", DatastoreType.AWS_S3);
        } else if (resource.type().equals("aws_ebs_volume")) {
            element.set("type", DatastoreType.FILE_SYSTEM);
        }
        encryptedAtRest(resource.type(), body).ifPresent(how -> {
            element.controls().set("isEncryptedAtRest", true);
            element.set("description", element.get("description") + "; encrypted at rest (" + how + ")");
        });
        if (BlockArguments.isTrue(body, "publicly_accessible")) {
            IacFacts.set(element, IacFacts.PUBLIC_DATA, resource.address() + ": publicly_accessible = true",
                    BlockArguments.at(body, "publicly_accessible"));
        }
        BlockArguments.text(body, "acl").filter(PUBLIC_ACLS::contains).ifPresent(acl -> IacFacts.set(element,
                IacFacts.PUBLIC_DATA, resource.address() + ": acl = " + acl, BlockArguments.at(body, "acl")));
    }

    /** What declares encryption at rest for a store of this type, or empty when the code does not show it. */
    private static Optional<String> encryptedAtRest(String type, BlockValue body) {
        return switch (type) {
            case "aws_db_instance", "aws_rds_cluster" -> BlockArguments.isTrue(body, "storage_encrypted")
                    ? Optional.of("storage_encrypted = true")
                    : BlockArguments.text(body, "engine_mode").filter("serverless"::equals).map(m -> "engine_mode = " + m);
            case "aws_dynamodb_table" -> BlockArguments.block(body, "server_side_encryption")
                    .filter(b -> BlockArguments.isTrue(b, "enabled")).map(b -> "server_side_encryption");
            case "aws_s3_bucket" -> BlockArguments.block(body, "server_side_encryption_configuration")
                    .map(b -> "server_side_encryption_configuration");
            case "aws_sqs_queue" -> body.value("kms_master_key_id").isPresent() ? Optional.of("kms_master_key_id")
                    : BlockArguments.isTrue(body, "sqs_managed_sse_enabled") ? Optional.of("sqs_managed_sse_enabled")
                    : Optional.empty();
            case "aws_sns_topic" -> body.value("kms_master_key_id").map(v -> "kms_master_key_id");
            case "aws_elasticache_replication_group" -> BlockArguments.isTrue(body, "at_rest_encryption_enabled")
                    ? Optional.of("at_rest_encryption_enabled = true") : Optional.empty();
            case "aws_ebs_volume" -> BlockArguments.isTrue(body, "encrypted") ? Optional.of("encrypted = true")
                    : Optional.empty();
            case "aws_kms_key" -> Optional.of("keys are kept in KMS");
            case "aws_secretsmanager_secret" -> Optional.of("Secrets Manager encrypts every secret with KMS");
            default -> Optional.empty();
        };
    }

    /** What other resources say about the stores: S3 ACLs, policies, encryption, logging; cluster instances. */
    void connect() {
        for (Resource instance : mapping.resources("aws_rds_cluster_instance")) {
            if (BlockArguments.isTrue(instance.body(), "publicly_accessible")) {
                for (Element cluster : mapping.referencedElements(instance, "aws_rds_cluster")) {
                    setOnce(cluster, IacFacts.PUBLIC_DATA, instance.address() + ": publicly_accessible = true",
                            BlockArguments.at(instance.body(), "publicly_accessible"));
                }
            }
        }
        for (Resource bucket : mapping.resources("aws_s3_bucket")) {
            bucket(bucket, mapping.elementOf(bucket).orElseThrow());
        }
    }

    private void bucket(Resource bucket, Element element) {
        List<String> publicBy = new ArrayList<>();
        if (!IacFacts.get(element, IacFacts.PUBLIC_DATA).isEmpty()) {
            publicBy.add("acl");
        }
        for (Resource acl : about(bucket, "aws_s3_bucket_acl")) {
            Optional<String> canned = BlockArguments.text(acl.body(), "acl").filter(PUBLIC_ACLS::contains);
            boolean grantsAll = acl.body().toValue().show().contains("acs.amazonaws.com/groups/global/All");
            if (canned.isPresent() || grantsAll) {
                setOnce(element, IacFacts.PUBLIC_DATA, acl.address() + ": " + canned.map(c -> "acl = " + c)
                        .orElse("access_control_policy grants to AllUsers or AuthenticatedUsers"), acl.position());
                publicBy.add("acl");
            }
        }
        List<Resource> policies = new ArrayList<>(about(bucket, "aws_s3_bucket_policy"));
        policies.add(0, bucket);
        for (Resource policy : policies) {
            for (Statement statement : Statement.of(policy, policy.body(), "policy", mapping)) {
                if (statement.allow() && statement.principals().contains("*") && !statement.conditional()) {
                    setOnce(element, IacFacts.PUBLIC_DATA, policy.address() + ": policy allows "
                            + String.join(", ", statement.actions()) + " to Principal *", statement.at());
                    publicBy.add("policy");
                }
            }
        }
        blocked(bucket, element, publicBy);
        if (!about(bucket, "aws_s3_bucket_server_side_encryption_configuration").isEmpty()) {
            element.controls().set("isEncryptedAtRest", true);
        }
        boolean logged = BlockArguments.block(bucket.body(), "logging").isPresent()
                || !about(bucket, "aws_s3_bucket_logging").isEmpty();
        if (!logged) {
            IacFacts.set(element, IacFacts.NO_AUDIT_TRAIL, bucket.address() + ": no logging block and no"
                    + " aws_s3_bucket_logging: access logs are off", bucket.position());
        }
    }

    /** A public access block covering how the bucket is public (or all four settings when it is not public). */
    private void blocked(Resource bucket, Element element, List<String> publicBy) {
        List<Resource> blocks = new ArrayList<>(about(bucket, "aws_s3_bucket_public_access_block"));
        blocks.addAll(mapping.resources("aws_s3_account_public_access_block"));
        for (Resource block : blocks) {
            BlockValue b = block.body();
            boolean acls = BlockArguments.isTrue(b, "block_public_acls") || BlockArguments.isTrue(b, "ignore_public_acls");
            boolean policy = BlockArguments.isTrue(b, "block_public_policy")
                    || BlockArguments.isTrue(b, "restrict_public_buckets");
            boolean covers = publicBy.isEmpty() ? acls && policy
                    : (!publicBy.contains("acl") || acls) && (!publicBy.contains("policy") || policy);
            if (covers) {
                setOnce(element, IacFacts.PUBLIC_ACCESS_BLOCKED, block.address() + ": blocks public "
                        + (acls && policy ? "ACLs and policies" : acls ? "ACLs" : "policies"), block.position());
                return;
            }
        }
    }

    /** The resources of a type that configure this bucket through their {@code bucket} argument. */
    private List<Resource> about(Resource bucket, String type) {
        String name = bucket.type() + "." + bucket.name();
        return mapping.referencing(bucket, type).stream().filter(r -> {
            Set<String> named = BlockArguments.refersTo(r.body(), "bucket");
            return named.isEmpty() || named.contains(name);
        }).toList();
    }

    /** Data stores whose code opens nothing to the public are behind AWS's access control (IAM). */
    static void finish(TerraformMapping mapping) {
        for (Resource resource : mapping.resources(AwsResources.KINDS.elementTypes())) {
            mapping.elementOf(resource).filter(e -> e.type() == ElementType.DATASTORE)
                    .filter(e -> IacFacts.get(e, IacFacts.PUBLIC_DATA).isEmpty()
                            || !IacFacts.get(e, IacFacts.PUBLIC_ACCESS_BLOCKED).isEmpty())
                    .ifPresent(e -> e.controls().set("hasAccessControl", true));
        }
    }

    /** One statement of an IAM or resource policy, with where the policy that holds it is written. */
    record Statement(boolean allow, List<String> actions, List<String> resources, List<String> principals,
            boolean conditional, SourcePosition at) {

        /**
         * The statements of a policy argument: JSON text (a heredoc, {@code jsonencode}), or, when the text is only
         * known when Terraform runs, the {@code aws_iam_policy_document} data sources the resource refers to.
         */
        static List<Statement> of(Resource owner, BlockValue block, String argument, TerraformMapping mapping) {
            Optional<Value> value = block.value(argument);
            if (value.isEmpty()) {
                return List.of();
            }
            SourcePosition at = block == owner.body() ? owner.position() : block.position();
            Optional<String> text = BlockArguments.text(value.get());
            if (text.isPresent()) {
                return PolicyJsonReader.read(text.get()).map(json -> fromJson(json, at)).orElse(List.of());
            }
            List<Statement> found = new ArrayList<>();
            for (Resource document : mapping.referenced(owner, "aws_iam_policy_document")) {
                for (BlockValue s : document.body().blocks("statement")) {
                    List<String> principals = new ArrayList<>();
                    for (BlockValue p : s.blocks("principals")) {
                        principals.addAll(BlockArguments.texts(p, "identifiers"));
                    }
                    found.add(new Statement(!BlockArguments.text(s, "effect").filter("Deny"::equals).isPresent(),
                            BlockArguments.texts(s, "actions"), BlockArguments.texts(s, "resources"), principals,
                            !s.blocks("condition").isEmpty(), s.position()));
                }
            }
            return found;
        }

        private static List<Statement> fromJson(Value json, SourcePosition at) {
            List<Statement> found = new ArrayList<>();
            if (!(json instanceof Value.ObjectValue policy)) {
                return found;
            }
            Value statements = policy.get("Statement");
            List<Value> items = statements instanceof Value.ListValue list ? list.items()
                    : statements == null ? List.of() : List.of(statements);
            for (Value item : items) {
                if (item instanceof Value.ObjectValue s) {
                    Value principal = s.get("Principal");
                    List<String> principals = new ArrayList<>(principal == null ? List.of()
                            : BlockArguments.texts(principal));
                    if (principal instanceof Value.ObjectValue p) {
                        p.entries().values().forEach(v -> principals.addAll(BlockArguments.texts(v)));
                    }
                    found.add(new Statement(!"Deny".equals(BlockArguments.text(orNull(s.get("Effect"))).orElse("Allow")),
                            BlockArguments.texts(orNull(s.get("Action"))), BlockArguments.texts(orNull(s.get("Resource"))),
                            principals, s.get("Condition") != null, at));
                }
            }
            return found;
        }

        private static Value orNull(Value value) {
            return value == null ? Value.NULL : value;
        }
    }
}
