package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data stores: encryption at rest where the code shows it (pytm's {@code controls.isEncryptedAtRest}), data open to
 * the public (a public bucket ACL or policy, a publicly accessible database) and the public access block that
 * mitigates it, bucket access logs; and the account's audit trail (no CloudTrail trail, or one that is not
 * multi-region or not logging).
 */
final class DataRules {
    private static final Set<String> PUBLIC_ACLS = Set.of("PublicRead", "PublicReadWrite", "AuthenticatedRead");
    private static final List<String> BLOCKS = List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
            "RestrictPublicBuckets");

    private DataRules() {
    }

    static void apply(TemplateMapping mapping) {
        for (TemplateResource resource : mapping.template.resources()) {
            mapping.element(resource.logicalId()).filter(e -> e.type() == ElementType.DATASTORE)
                    .ifPresent(store -> store(mapping, resource, store));
        }
        buckets(mapping);
        auditTrail(mapping);
        Secrets.apply(mapping);
    }

    private static void store(TemplateMapping mapping, TemplateResource resource, Element store) {
        String encryption = switch (resource.type()) {
            case "AWS::RDS::DBInstance" -> isTrue(resource, "StorageEncrypted") || cluster(mapping, resource)
                    ? "StorageEncrypted" : "";
            case "AWS::RDS::DBCluster" -> isTrue(resource, "StorageEncrypted") ? "StorageEncrypted" : "";
            case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" ->
                    isTrue(resource, "SSESpecification.SSEEnabled") ? "SSESpecification" : "";
            case "AWS::S3::Bucket" -> resource.property("BucketEncryption").isPresent() ? "BucketEncryption" : "";
            case "AWS::SQS::Queue" -> resource.property("KmsMasterKeyId").isPresent() ? "KmsMasterKeyId"
                    : isTrue(resource, "SqsManagedSseEnabled") ? "SqsManagedSseEnabled" : "";
            case "AWS::SNS::Topic" -> resource.property("KmsMasterKeyId").isPresent() ? "KmsMasterKeyId" : "";
            case "AWS::SecretsManager::Secret" -> "KMS (always)";
            case "AWS::ElastiCache::ReplicationGroup" -> isTrue(resource, "AtRestEncryptionEnabled")
                    ? "AtRestEncryptionEnabled" : "";
            case "AWS::EC2::Volume" -> isTrue(resource, "Encrypted") ? "Encrypted" : "";
            default -> "";
        };
        store.controls().set("isEncryptedAtRest", !encryption.isEmpty());
        if (resource.type().startsWith("AWS::RDS::") && isTrue(resource, "PubliclyAccessible")) {
            TemplateMapping.fact(store, IacFacts.PUBLIC_DATA, resource.logicalId() + ": PubliclyAccessible true",
                    resource.positionOf("Properties.PubliclyAccessible"));
        }
    }

    /** Whether an Aurora instance's cluster encrypts its storage. */
    private static boolean cluster(TemplateMapping mapping, TemplateResource instance) {
        return mapping.targets(instance, "DBClusterIdentifier").stream().map(mapping.template::resource)
                .flatMap(java.util.Optional::stream).anyMatch(c -> isTrue(c, "StorageEncrypted"));
    }

    private static void buckets(TemplateMapping mapping) {
        List<String> logTargets = mapping.template.resources().stream()
                .flatMap(r -> mapping.targets(r, "LoggingConfiguration").stream()).toList();
        for (TemplateResource bucket : mapping.resources("AWS::S3::Bucket")) {
            Element element = mapping.element(bucket.logicalId()).orElseThrow();
            String acl = String.valueOf(bucket.property("AccessControl").orElse(""));
            if (PUBLIC_ACLS.contains(acl)) {
                TemplateMapping.fact(element, IacFacts.PUBLIC_DATA, bucket.logicalId() + ": AccessControl " + acl,
                        bucket.positionOf("Properties.AccessControl"));
            }
            Object block = bucket.property("PublicAccessBlockConfiguration").orElse(null);
            if (block instanceof Map<?, ?> settings && BLOCKS.stream().allMatch(b -> TemplateMapping.isTrue(
                    settings.get(b)))) {
                TemplateMapping.fact(element, IacFacts.PUBLIC_ACCESS_BLOCKED, bucket.logicalId()
                        + ": PublicAccessBlockConfiguration blocks public ACLs and policies",
                        bucket.positionOf("Properties.PublicAccessBlockConfiguration"));
            }
            if (bucket.property("LoggingConfiguration").isEmpty() && !logTargets.contains(bucket.logicalId())) {
                TemplateMapping.fact(element, IacFacts.NO_AUDIT_TRAIL, bucket.logicalId()
                        + ": no LoggingConfiguration (access logs off)", bucket.position());
            }
        }
        for (TemplateResource policy : mapping.resources("AWS::S3::BucketPolicy")) {
            List<?> statements = TemplateMapping.list(IdentityRules.at(policy.properties(), "PolicyDocument.Statement"));
            boolean many = IdentityRules.at(policy.properties(), "PolicyDocument.Statement") instanceof List<?>;
            for (int i = 0; i < statements.size(); i++) {
                if (statements.get(i) instanceof Map<?, ?> statement && "Allow".equals(statement.get("Effect"))
                        && isEveryone(statement.get("Principal")) && statement.get("Condition") == null) {
                    String path = "PolicyDocument.Statement" + (many ? "[" + i + "]" : "");
                    for (String bucket : mapping.targets(policy, "Bucket")) {
                        mapping.element(bucket).ifPresent(e -> TemplateMapping.fact(e, IacFacts.PUBLIC_DATA,
                                policy.logicalId() + ": " + path + " allows Principal \"*\"",
                                policy.positionOf("Properties." + path)));
                    }
                }
            }
        }
    }

    private static boolean isEveryone(Object principal) {
        return "*".equals(principal) || principal instanceof Map<?, ?> map
                && TemplateMapping.list(map.get("AWS")).contains("*");
    }

    private static void auditTrail(TemplateMapping mapping) {
        List<TemplateResource> trails = mapping.resources("AWS::CloudTrail::Trail");
        if (trails.isEmpty()) {
            TemplateMapping.fact(mapping.account, IacFacts.NO_AUDIT_TRAIL, mapping.template.file()
                    + " declares no AWS::CloudTrail::Trail", mapping.template.positionOf(""));
            return;
        }
        for (TemplateResource trail : trails) {
            if (!isTrue(trail, "IsMultiRegionTrail")) {
                TemplateMapping.fact(mapping.account, IacFacts.NO_AUDIT_TRAIL, trail.logicalId()
                        + ": IsMultiRegionTrail is not true", trail.position());
            } else if (trail.property("IsLogging").isPresent() && !isTrue(trail, "IsLogging")) {
                TemplateMapping.fact(mapping.account, IacFacts.NO_AUDIT_TRAIL, trail.logicalId()
                        + ": IsLogging is not true", trail.positionOf("Properties.IsLogging"));
            }
        }
    }

    private static boolean isTrue(TemplateResource resource, String property) {
        return TemplateMapping.isTrue(resource.property(property).orElse(false));
    }
}
