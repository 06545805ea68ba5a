package dev.tmj.format.threagile;

import dev.tmj.model.Classification;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threagile's vocabularies and tmj's: element classes by asset type and technology, data classification by
 * confidentiality, encrypted protocols, risk-tracking statuses, and the Threagile risk rules that have a clear tmj
 * threat. docs/interchange.md shows the same tables.
 */
final class ThreagileTypes {
    /** Technologies of a {@code process} asset that answer requests over the network: a tmj Server. */
    static final Set<String> SERVER_TECHNOLOGIES = Set.of("web-server", "web-application", "application-server",
            "load-balancer", "reverse-proxy", "waf", "ids", "ips", "gateway", "api-gateway", "identity-provider",
            "web-service-rest", "web-service-soap", "ejb", "search-engine", "service-registry", "mail-server", "cms",
            "erp", "vault", "hsm", "message-queue", "stream-processing", "service-mesh", "iam", "ldap-server",
            "web-proxy", "scm");
    /** Technologies of a {@code process} asset that run on demand: a tmj Lambda. */
    static final Set<String> FUNCTION_TECHNOLOGIES = Set.of("function", "serverless");
    /** Technologies that are a language model: a tmj LLM. */
    static final Set<String> LLM_TECHNOLOGIES = Set.of("ai", "llm");
    /** Protocols whose traffic is encrypted. */
    static final Set<String> ENCRYPTED_PROTOCOLS = Set.of("https", "wss", "jdbc-encrypted", "odbc-encrypted",
            "nosql-access-protocol-encrypted", "sql-access-protocol-encrypted", "binary-encrypted", "text-encrypted",
            "ssh", "ssh-tunnel", "smtp-encrypted", "pop3-encrypted", "imap-encrypted", "ftps", "sftp", "scp",
            "ldaps", "jms", "mqtt", "iiop-encrypted", "jrmp-encrypted", "rmi-iiop-encrypted", "in-process-library-call",
            "local-file-access", "container-spawning");

    /** A Threagile risk rule with a clear tmj threat, and the element classes that threat applies to. */
    record RiskRule(String threagileId, String sid, List<ElementType> targets) {
    }

    /** The risk rules mapped to tmj threats; any other rule's tracking is noted, not mapped. */
    static final List<RiskRule> RISK_RULES = List.of(
            new RiskRule("ldap-injection", "INP09", List.of(ElementType.SERVER)),
            new RiskRule("xml-external-entity", "INP19", List.of(ElementType.SERVER)),
            new RiskRule("path-traversal", "HA01", List.of(ElementType.SERVER)),
            new RiskRule("cross-site-request-forgery", "AC21", List.of(ElementType.PROCESS)),
            new RiskRule("cross-site-scripting", "INP39", List.of(ElementType.PROCESS)));

    private static final Map<String, Classification> CONFIDENTIALITY = Map.of("public", Classification.PUBLIC,
            "internal", Classification.RESTRICTED, "restricted", Classification.SENSITIVE,
            "confidential", Classification.SECRET, "strictly-confidential", Classification.TOP_SECRET);

    private ThreagileTypes() {
    }

    /**
     * The element class of a technical asset: {@code external-entity} is an Actor when a human uses it as a client,
     * otherwise an ExternalEntity; {@code datastore} a Datastore; {@code process} a Server, Lambda or LLM by its
     * technology, otherwise a Process.
     */
    static ElementType elementType(String type, String technology, boolean usedByHuman) {
        return switch (type) {
            case "external-entity" -> usedByHuman ? ElementType.ACTOR : ElementType.EXTERNAL_ENTITY;
            case "datastore" -> ElementType.DATASTORE;
            default -> SERVER_TECHNOLOGIES.contains(technology) ? ElementType.SERVER
                    : FUNCTION_TECHNOLOGIES.contains(technology) ? ElementType.LAMBDA
                    : LLM_TECHNOLOGIES.contains(technology) ? ElementType.LLM : ElementType.PROCESS;
        };
    }

    /** A datastore's storage type by its technology. */
    static DatastoreType datastoreType(String technology) {
        return switch (technology) {
            case "database" -> DatastoreType.SQL;
            case "file-server", "local-file-system", "block-storage" -> DatastoreType.FILE_SYSTEM;
            case "identity-store-ldap", "identity-store-database" -> technology.endsWith("ldap") ? DatastoreType.LDAP
                    : DatastoreType.SQL;
            default -> DatastoreType.UNKNOWN;
        };
    }

    /** The classification of a confidentiality level, if Threagile defines it. */
    static Optional<Classification> classification(String confidentiality) {
        return Optional.ofNullable(CONFIDENTIALITY.get(confidentiality));
    }

    /**
     * The status of a risk-tracking status: {@code unchecked} is no decision; {@code in-discussion} and
     * {@code in-progress} leave the finding open.
     */
    static Optional<FindingStatus> status(String status) {
        return switch (status) {
            case "accepted" -> Optional.of(FindingStatus.ACCEPTED);
            case "mitigated" -> Optional.of(FindingStatus.MITIGATED);
            case "false-positive" -> Optional.of(FindingStatus.FALSE_POSITIVE);
            case "in-discussion", "in-progress" -> Optional.of(FindingStatus.OPEN);
            default -> Optional.empty();
        };
    }
}
