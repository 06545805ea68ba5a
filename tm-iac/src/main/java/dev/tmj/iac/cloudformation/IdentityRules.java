package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IAM: an identity that may do too much (an Allow statement with action {@code *}, or {@code service:*} on
 * resource {@code *}, or AdministratorAccess attached) is permissive, on the role, user or policy that says so, at
 * the statement; and a workload whose role (a function's {@code Role}, a task's {@code TaskRoleArn}, an instance's
 * profile) or SAM {@code Policies} may read or write a data store of the template gets a flow to it.
 */
final class IdentityRules {
    /** A statement or policy that grants: where it is written, what it names, the verbs it allows. */
    record Grant(String cause, SourcePosition at, List<String> targets, boolean reads, boolean writes) {
    }

    private IdentityRules() {
    }

    static void apply(TemplateMapping mapping) {
        for (TemplateResource identity : mapping.resources("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Policy",
                "AWS::IAM::ManagedPolicy")) {
            grants(mapping, identity); // sets the permissive facts
        }
        for (TemplateResource workload : mapping.template.resources()) {
            Optional<Element> element = mapping.element(workload.logicalId()).filter(CloudFormationModel::isWorkload);
            if (element.isEmpty()) {
                continue;
            }
            List<Grant> grants = new ArrayList<>();
            for (String role : roles(mapping, workload)) {
                mapping.template.resource(role).ifPresent(r -> grants.addAll(grants(mapping, r)));
                for (TemplateResource policy : mapping.resources("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
                    if (mapping.targets(policy, "Roles").contains(role)) {
                        grants.addAll(grants(mapping, policy));
                    }
                }
            }
            if (workload.type().equals("AWS::Serverless::Function")) {
                grants.addAll(ServerlessPolicies.grants(mapping, workload, element.get()));
            }
            for (Grant grant : grants) {
                for (String target : grant.targets()) {
                    mapping.element(target).filter(e -> !e.isBoundary() && !CloudFormationModel.isWorkload(e)
                            && e.type() != dev.tmj.model.ElementType.ELEMENT).ifPresent(store -> mapping.flow(
                                    element.get(), store, grant.reads() && grant.writes() ? "reads and writes"
                                            : grant.writes() ? "writes" : "reads", "AWS::IAM::Policy", grant.at(),
                                    "", -1, null));
                }
            }
        }
    }

    /** The roles a workload acts as. */
    private static List<String> roles(TemplateMapping mapping, TemplateResource workload) {
        List<String> roles = new ArrayList<>(mapping.targets(workload, "Role"));
        roles.addAll(mapping.targets(workload, "TaskRoleArn"));
        for (String profile : mapping.targets(workload, "IamInstanceProfile")) {
            mapping.template.resource(profile).ifPresent(p -> roles.addAll(mapping.targets(p, "Roles")));
        }
        return roles;
    }

    /** The grants of a role, user or policy; marks it permissive at its first too-wide statement. */
    static List<Grant> grants(TemplateMapping mapping, TemplateResource identity) {
        List<Grant> grants = new ArrayList<>();
        Element element = mapping.element(identity.logicalId()).orElseThrow();
        if (identity.type().endsWith("Policy")) {
            document(mapping, identity, element, "PolicyDocument", grants);
        } else {
            List<?> policies = TemplateMapping.list(identity.property("Policies").orElse(null));
            for (int i = 0; i < policies.size(); i++) {
                document(mapping, identity, element, "Policies[" + i + "].PolicyDocument", grants);
            }
            List<?> managed = TemplateMapping.list(identity.property("ManagedPolicyArns").orElse(null));
            for (int i = 0; i < managed.size(); i++) {
                if (String.valueOf(managed.get(i)).contains("policy/AdministratorAccess")) {
                    TemplateMapping.fact(element, IacFacts.PERMISSIVE, identity.logicalId() + ": ManagedPolicyArns["
                            + i + "] attaches AdministratorAccess", identity.positionOf("Properties.ManagedPolicyArns["
                                    + i + "]"));
                }
            }
        }
        return grants;
    }

    private static void document(TemplateMapping mapping, TemplateResource identity, Element element, String path,
            List<Grant> grants) {
        Object document = at(identity.properties(), path);
        Object statements = document instanceof Map<?, ?> d ? d.get("Statement") : null;
        List<?> list = TemplateMapping.list(statements);
        for (int j = 0; j < list.size(); j++) {
            String statementPath = "Properties." + path + ".Statement" + (statements instanceof List<?> ? "[" + j
                    + "]" : "");
            statement(mapping, identity, element, list.get(j), statementPath, grants);
        }
    }

    /** A value at a path such as {@code Policies[0].PolicyDocument} of a properties mapping. */
    static Object at(Object value, String path) {
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            value = value instanceof Map<?, ?> map ? map.get(key) : null;
            if (bracket >= 0) {
                int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                value = value instanceof List<?> list && index < list.size() ? list.get(index) : null;
            }
        }
        return value;
    }

    /** One statement: a grant when it allows; permissive when it allows everything. */
    static void statement(TemplateMapping mapping, TemplateResource owner, Element identity, Object value,
            String path, List<Grant> grants) {
        if (!(value instanceof Map<?, ?> statement) || !"Allow".equals(statement.get("Effect"))) {
            return;
        }
        List<String> actions = TemplateMapping.list(statement.get("Action")).stream().map(String::valueOf).toList();
        List<?> resources = TemplateMapping.list(statement.get("Resource"));
        boolean anyResource = resources.contains("*");
        SourcePosition at = owner.positionOf(path);
        String cause = owner.logicalId() + ": " + path.substring("Properties.".length());
        if (actions.contains("*")) {
            TemplateMapping.fact(identity, IacFacts.PERMISSIVE, cause + " allows Action \"*\"", at);
        } else if (anyResource && actions.stream().anyMatch(a -> a.endsWith(":*"))) {
            TemplateMapping.fact(identity, IacFacts.PERMISSIVE, cause + " allows "
                    + actions.stream().filter(a -> a.endsWith(":*")).findFirst().orElseThrow() + " on Resource \"*\"",
                    at);
        }
        boolean reads = actions.stream().anyMatch(IdentityRules::reads);
        boolean writes = actions.stream().anyMatch(IdentityRules::writes);
        grants.add(new Grant(cause, at, mapping.targetsOf(statement.get("Resource"), owner,
                path.substring("Properties.".length()) + ".Resource"), reads || !writes, writes));
    }

    private static boolean reads(String action) {
        String verb = action.substring(action.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return verb.equals("*") || verb.startsWith("get") || verb.startsWith("list") || verb.startsWith("describe")
                || verb.startsWith("query") || verb.startsWith("scan") || verb.startsWith("receive")
                || verb.startsWith("batchget") || verb.startsWith("select") || verb.startsWith("decrypt");
    }

    private static boolean writes(String action) {
        String verb = action.substring(action.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return verb.equals("*") || verb.startsWith("put") || verb.startsWith("send") || verb.startsWith("publish")
                || verb.startsWith("delete") || verb.startsWith("update") || verb.startsWith("batchwrite")
                || verb.startsWith("write") || verb.startsWith("create");
    }
}
