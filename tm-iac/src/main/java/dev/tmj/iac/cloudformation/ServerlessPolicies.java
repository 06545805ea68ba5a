package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A SAM function's {@code Policies}: AWS managed policy names (AdministratorAccess and the {@code *FullAccess} ones
 * are permissive), policy templates ({@code S3ReadPolicy: {BucketName: !Ref Bucket}} reads that bucket;
 * {@code …CrudPolicy} reads and writes; {@code …SendMessagePolicy}, {@code …PublishMessagePolicy} write) and inline
 * statements. The function is the identity here: SAM makes its role.
 */
final class ServerlessPolicies {
    private ServerlessPolicies() {
    }

    static List<IdentityRules.Grant> grants(TemplateMapping mapping, TemplateResource function, Element element) {
        List<IdentityRules.Grant> grants = new ArrayList<>();
        Object policies = function.property("Policies").orElse(null);
        List<?> list = TemplateMapping.list(policies);
        for (int i = 0; i < list.size(); i++) {
            String path = "Policies" + (policies instanceof List<?> ? "[" + i + "]" : "");
            SourcePosition at = function.positionOf("Properties." + path);
            Object policy = list.get(i);
            if (policy instanceof String name) {
                if (name.equals("AdministratorAccess") || name.endsWith("FullAccess")) {
                    TemplateMapping.fact(element, IacFacts.PERMISSIVE, function.logicalId() + ": " + path
                            + " attaches " + name, at);
                }
            } else if (policy instanceof Map<?, ?> map && map.containsKey("Statement")) {
                List<?> statements = TemplateMapping.list(map.get("Statement"));
                for (int j = 0; j < statements.size(); j++) {
                    String statementPath = "Properties." + path + ".Statement"
                            + (map.get("Statement") instanceof List<?> ? "[" + j + "]" : "");
                    IdentityRules.statement(mapping, function, element, statements.get(j), statementPath, grants);
                }
            } else if (policy instanceof Map<?, ?> map && map.size() == 1) {
                String template = String.valueOf(map.keySet().iterator().next());
                boolean both = template.contains("Crud") || template.contains("FullAccess");
                boolean writes = both || template.contains("Write") || template.contains("Send")
                        || template.contains("Publish") || template.contains("Put");
                List<String> targets = mapping.targetsOf(map.get(template), function,
                        path + "." + template);
                grants.add(new IdentityRules.Grant(function.logicalId() + ": " + path + " " + template, at, targets,
                        both || !writes, writes));
            }
        }
        return grants;
    }
}
