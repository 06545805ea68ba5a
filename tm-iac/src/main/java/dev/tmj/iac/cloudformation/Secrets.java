package dev.tmj.iac.cloudformation;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.yaml.YamlTree;
import dev.tmj.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Secrets written into a template: a parameter whose name says it holds a secret, with a {@code Default} and without
 * {@code NoEcho: true} (on every element that refers to it, else on the account), and a literal value in a property
 * or environment variable whose name says it is a secret ({@code MasterUserPassword}, {@code DB_PASSWORD}). A
 * dynamic reference ({@code {{resolve:secretsmanager:…}}}) or a function is not a literal. The text names the
 * parameter or property, never its value.
 */
final class Secrets {
    /** Names of secrets; they end with the word, so {@code SecretArn} or {@code PasswordLength} are not secrets. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|pwd|secret|secretstring"
            + "|token|api_?key|private_?key|secret_?access_?key|auth_?token|credentials?)");

    private Secrets() {
    }

    static void apply(TemplateMapping mapping) {
        for (TemplateParameter parameter : mapping.template.parameters()) {
            boolean literal = parameter.defaultValue().map(TemplateMapping::text).flatMap(t -> t)
                    .filter(t -> !t.isEmpty()).isPresent();
            if (!literal || parameter.noEcho() || !SECRET_NAME.matcher(parameter.name()).matches()) {
                continue;
            }
            String cause = "parameter " + parameter.name() + " has a Default and no NoEcho: true";
            List<Element> users = new ArrayList<>();
            for (TemplateResource resource : mapping.template.resources()) {
                boolean refers = resource.references().stream().anyMatch(r -> r.target().equals(parameter.name()));
                mapping.element(resource.logicalId()).filter(e -> refers && !users.contains(e)).ifPresent(users::add);
            }
            if (users.isEmpty()) {
                users.add(mapping.account);
            }
            users.forEach(e -> TemplateMapping.fact(e, IacFacts.SECRET, cause, parameter.position()));
        }
        for (TemplateResource resource : mapping.template.resources()) {
            mapping.element(resource.logicalId()).filter(e -> !e.isBoundary())
                    .ifPresent(e -> literals(resource, e, resource.properties(), "Properties"));
        }
    }

    /** Walks a resource's properties for literal secrets; the first found is the fact's cause. */
    private static void literals(TemplateResource resource, Element element, Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            if (Intrinsics.function(map).isPresent()) {
                return;
            }
            Object name = map.get("Name");
            if (name instanceof String n && SECRET_NAME.matcher(n).matches() && isLiteral(map.get("Value"))) {
                found(resource, element, path + " (" + n + ")", path); // an ECS environment entry {Name, Value}
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String child = YamlTree.join(path, key);
                if (SECRET_NAME.matcher(key).matches() && isLiteral(entry.getValue())) {
                    found(resource, element, child, child);
                }
                literals(resource, element, entry.getValue(), child);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                literals(resource, element, list.get(i), path + "[" + i + "]");
            }
        }
    }

    /** A literal: not empty, not a dynamic reference, not an ARN (a custom resource's ServiceToken names one). */
    private static boolean isLiteral(Object value) {
        return value instanceof String text && !text.isEmpty() && !text.startsWith("{{resolve:")
                && !text.startsWith("arn:");
    }

    private static void found(TemplateResource resource, Element element, String named, String path) {
        TemplateMapping.fact(element, IacFacts.SECRET, resource.logicalId() + ": " + named + " is a literal secret",
                resource.positionOf(path));
    }
}
