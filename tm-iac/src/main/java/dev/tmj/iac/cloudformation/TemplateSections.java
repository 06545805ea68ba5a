package dev.tmj.iac.cloudformation;

import dev.tmj.iac.yaml.YamlTree;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a template's tree section by section and builds its {@link CloudFormationTemplate}. */
final class TemplateSections {
    private static final List<String> SECTIONS = List.of("AWSTemplateFormatVersion", "Description", "Metadata",
            "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Globals", "Resources", "Outputs");

    private final String file;
    private final YamlTree.Document document;
    private final List<String> notes = new ArrayList<>();

    private TemplateSections(String file, YamlTree.Document document) {
        this.file = file;
        this.document = document;
    }

    static CloudFormationTemplate of(String file, YamlTree.Document document) throws CloudFormationException {
        return new TemplateSections(file, document).template();
    }

    private CloudFormationTemplate template() throws CloudFormationException {
        if (!(document.root() instanceof Map<?, ?> root)) {
            throw new CloudFormationException(at(""), "expected a template: a mapping with Resources");
        }
        for (Object key : root.keySet()) {
            if (!SECTIONS.contains(key)) {
                throw new CloudFormationException(at(String.valueOf(key)), "unknown template section \"" + key
                        + "\": expected one of " + String.join(", ", SECTIONS));
            }
        }
        if (!(root.get("Resources") instanceof Map<?, ?> resources) || resources.isEmpty()) {
            throw new CloudFormationException(root.containsKey("Resources") ? at("Resources") : at(""),
                    "a CloudFormation template needs a Resources section with at least one resource");
        }
        List<String> transforms = transforms(root.get("Transform"));
        List<TemplateParameter> parameters = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : entries(root, "Parameters")) {
            Map<String, Object> body = entry.getValue();
            Object noEcho = body.get("NoEcho");
            parameters.add(new TemplateParameter(entry.getKey(), body.get("Type") instanceof String t ? t : "",
                    Optional.ofNullable(body.get("Default")),
                    Boolean.TRUE.equals(noEcho) || "true".equalsIgnoreCase(String.valueOf(noEcho)),
                    at("Parameters." + entry.getKey())));
        }
        List<TemplateResource> resourceList = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : entries(root, "Resources")) {
            resourceList.add(resource(entry.getKey(), entry.getValue()));
        }
        List<TemplateOutput> outputs = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : entries(root, "Outputs")) {
            String path = YamlTree.join("Outputs", entry.getKey());
            Object export = entry.getValue().get("Export");
            outputs.add(new TemplateOutput(entry.getKey(), entry.getValue().get("Value"),
                    Optional.ofNullable(export instanceof Map<?, ?> e ? e.get("Name") : null),
                    Intrinsics.references(entry.getValue(), path, path, document), at(path)));
        }
        Intrinsics.references(root.get("Conditions"), "Conditions", "Conditions", document);
        noteMacros(document.root(), "");
        return new CloudFormationTemplate(file, transforms, parameters, section(root, "Conditions"),
                section(root, "Mappings"), resourceList, outputs, notes, document);
    }

    private TemplateResource resource(String logicalId, Map<String, Object> body) throws CloudFormationException {
        String path = YamlTree.join("Resources", logicalId);
        if (!(body.get("Type") instanceof String type) || type.isEmpty()) {
            throw new CloudFormationException(at(path), "resource " + logicalId + " needs a Type, such as "
                    + "AWS::S3::Bucket");
        }
        Object properties = body.getOrDefault("Properties", Map.of());
        if (!(properties instanceof Map<?, ?>)) {
            throw new CloudFormationException(at(path + ".Properties"), "Properties of " + logicalId
                    + " must be a mapping");
        }
        Object dependsOn = body.get("DependsOn");
        List<String> depends = new ArrayList<>();
        if (dependsOn instanceof String one) {
            depends.add(one);
        } else if (dependsOn instanceof List<?> many && many.stream().allMatch(String.class::isInstance)) {
            many.forEach(d -> depends.add((String) d));
        } else if (dependsOn != null) {
            throw new CloudFormationException(at(path + ".DependsOn"), "DependsOn expects a logical id or a list"
                    + " of them");
        }
        Object condition = body.get("Condition");
        if (condition != null && !(condition instanceof String)) {
            throw new CloudFormationException(at(path + ".Condition"), "Condition expects a condition's name");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) properties;
        String base = path + ".Properties";
        return new TemplateResource(logicalId, type, props, depends, Optional.ofNullable((String) condition),
                at(path), Intrinsics.references(props, base, base, document), path, document);
    }

    /** The entries of a section, each of which must be a mapping; none when the section is absent. */
    @SuppressWarnings("unchecked")
    private List<Map.Entry<String, Map<String, Object>>> entries(Map<?, ?> root, String section)
            throws CloudFormationException {
        Object value = root.get(section);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new CloudFormationException(at(section), section + " must be a mapping");
        }
        List<Map.Entry<String, Map<String, Object>>> entries = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String path = YamlTree.join(section, String.valueOf(entry.getKey()));
            if (!(entry.getValue() instanceof Map<?, ?> body)) {
                throw new CloudFormationException(at(path), "each entry of " + section + " must be a mapping");
            }
            entries.add(Map.entry(String.valueOf(entry.getKey()), (Map<String, Object>) body));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(Map<?, ?> root, String name) throws CloudFormationException {
        Object value = root.get(name);
        if (value != null && !(value instanceof Map<?, ?>)) {
            throw new CloudFormationException(at(name), name + " must be a mapping");
        }
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private List<String> transforms(Object value) throws CloudFormationException {
        List<String> names = new ArrayList<>();
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        for (int i = 0; i < items.size(); i++) {
            String path = value instanceof List<?> ? "Transform[" + i + "]" : "Transform";
            Object item = items.get(i);
            String name = item instanceof String s ? s
                    : item instanceof Map<?, ?> m && m.get("Name") instanceof String s ? s : null;
            if (name == null) {
                throw new CloudFormationException(at(path), "Transform expects a macro's name, such as "
                        + CloudFormationTemplate.SERVERLESS);
            }
            names.add(name);
            if (!name.equals(CloudFormationTemplate.SERVERLESS)) {
                notes.add(at(path) + ": Transform " + name + " is a macro tmj does not run: what it would add or"
                        + " change is not modelled");
            }
        }
        return names;
    }

    /** Notes each Fn::Transform, and each AWS::Include without fetching its Location. */
    private void noteMacros(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("Fn::Transform") instanceof Map<?, ?> transform) {
                Object name = transform.get("Name");
                Object location = transform.get("Parameters") instanceof Map<?, ?> p ? p.get("Location") : null;
                notes.add(at(YamlTree.join(path, "Fn::Transform")) + ": " + ("AWS::Include".equals(name)
                        ? "AWS::Include of " + location + " is not fetched: what it includes is not modelled"
                        : "Fn::Transform " + name + " is a macro tmj does not run"));
            }
            map.forEach((k, v) -> noteMacros(v, YamlTree.join(path, String.valueOf(k))));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                noteMacros(list.get(i), path + "[" + i + "]");
            }
        }
    }

    private SourcePosition at(String path) {
        SourcePosition found = document.entryAt(path);
        return found == null ? SourcePosition.of(file, 1, 1).at(path) : found;
    }
}
