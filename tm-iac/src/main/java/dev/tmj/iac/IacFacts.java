package dev.tmj.iac;

import dev.tmj.model.Element;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.SourcePosition;
import java.util.List;

/**
 * The facts an importer records on each element it makes from infrastructure code, for the IaC threat library's
 * conditions to read (they are extra attributes, as a pytm script's own attributes are: {@code target.iacAdminPort}).
 * <p>
 * A fact's value is a text, empty when the code does not show the fact, else naming the resource and attribute that
 * cause it ({@code aws_security_group.web: ingress[0] opens port 22 to 0.0.0.0/0}); its location is the first line of
 * the block that causes it. A threat that names a fact as its {@code evidence} puts its finding at that location and
 * its details end with that text. Every element an importer makes carries every fact ({@link #initialise}), so a
 * condition never reads a missing attribute.
 */
public final class IacFacts {
    /** The resource type ({@code aws_db_instance}), Kubernetes kind or CloudFormation type; where its block starts. */
    public static final String TYPE = "iacType";
    /** Reachable from the Internet: a public load balancer, a LoadBalancer/NodePort Service, an Ingress, a URL. */
    public static final String INTERNET_FACING = "iacInternetFacing";
    /** The entry point declares authentication (an authorizer, an auth annotation, IAM auth on a function URL). */
    public static final String AUTHENTICATED = "iacAuthenticated";
    /** On a flow: plaintext transport the code declares (HTTP listener without redirect, Ingress without TLS). */
    public static final String PLAINTEXT = "iacPlaintext";
    /** An identity or policy allowing {@code *} actions or resources, an admin policy, a cluster-admin binding. */
    public static final String PERMISSIVE = "iacPermissive";
    /** A literal secret in an argument, variable default, local, environment variable, ConfigMap or Secret. */
    public static final String SECRET = "iacSecret";
    /** A data store open to the public (public ACL or policy, publicly accessible database, database port open). */
    public static final String PUBLIC_DATA = "iacPublicData";
    /** A public access block, or another control the code shows that keeps a data store private. */
    public static final String PUBLIC_ACCESS_BLOCKED = "iacPublicAccessBlocked";
    /** An administrative port (22, 3389, a cluster API) open to the Internet. */
    public static final String ADMIN_PORT = "iacAdminPort";
    /** A container able to take over its node (privileged, host namespaces, hostPath /, runtime socket, caps). */
    public static final String NODE_TAKEOVER = "iacNodeTakeover";
    /** A workload in a namespace that has no NetworkPolicy. */
    public static final String NO_NETWORK_POLICY = "iacNoNetworkPolicy";
    /** No audit trail: no or single-region CloudTrail (on the account boundary), access logs off. */
    public static final String NO_AUDIT_TRAIL = "iacNoAuditTrail";

    /** Every fact, in the order above. */
    public static final List<String> ALL = List.of(TYPE, INTERNET_FACING, AUTHENTICATED, PLAINTEXT, PERMISSIVE,
            SECRET, PUBLIC_DATA, PUBLIC_ACCESS_BLOCKED, ADMIN_PORT, NODE_TAKEOVER, NO_NETWORK_POLICY, NO_AUDIT_TRAIL);

    private IacFacts() {
    }

    /** Gives the element every fact, empty, at its own position, and its type. */
    public static void initialise(Element element, String type, SourcePosition position) {
        SourceLocation at = location(position);
        element.locatedAt(at);
        for (String fact : ALL) {
            element.setExtra(fact, fact.equals(TYPE) ? type : "", at);
        }
    }

    /** Records a fact with the text naming its cause and the position of the block that causes it. */
    public static void set(Element element, String fact, String cause, SourcePosition position) {
        if (!ALL.contains(fact)) {
            throw new IllegalArgumentException("unknown IaC fact " + fact);
        }
        if (cause.isEmpty()) {
            throw new IllegalArgumentException("a fact needs a cause");
        }
        element.setExtra(fact, cause, location(position));
    }

    /** The fact's text, empty when the element does not have it. */
    public static String get(Element element, String fact) {
        Object value = element.extraValue(fact);
        return value instanceof String text ? text : "";
    }

    /** An element's location from a reader's position (file relative to the working directory, line, column). */
    public static SourceLocation location(SourcePosition position) {
        return new SourceLocation(position.file() == null ? "" : position.file(), Math.max(position.line(), 0),
                Math.max(position.column(), 0));
    }
}
