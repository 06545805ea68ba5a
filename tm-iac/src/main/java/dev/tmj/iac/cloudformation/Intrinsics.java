package dev.tmj.iac.cloudformation;

import dev.tmj.iac.yaml.YamlTags;
import dev.tmj.iac.yaml.YamlTree;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudFormation's intrinsic functions: the short-form YAML tags and the one-key mappings they stand for
 * ({@code !GetAtt A.B} is {@code {"Fn::GetAtt": "A.B"}}), the shape each reference function must have, and the names
 * a value refers to through {@code Ref}, {@code Fn::GetAtt} and {@code Fn::Sub}. Nothing is evaluated.
 */
final class Intrinsics {
    /** The short-form tags, in the order the error for an unknown one lists them. */
    static final List<String> TAGS = List.of("!Base64", "!Cidr", "!Condition", "!And", "!Equals", "!If", "!Not",
            "!Or", "!FindInMap", "!GetAtt", "!GetAZs", "!ImportValue", "!Join", "!Ref", "!Select", "!Split", "!Sub",
            "!Transform");

    static final YamlTags YAML_TAGS = yamlTags();

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private Intrinsics() {
    }

    private static YamlTags yamlTags() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String tag : TAGS) {
            String name = tag.substring(1);
            keys.put(tag, name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name);
        }
        return new YamlTags(keys, "CloudFormation's short-form tags are " + String.join(", ", TAGS));
    }

    /** Whether a mapping is an intrinsic function: its one key is {@code Ref} or {@code Fn::…}. */
    static Optional<String> function(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            Object key = map.keySet().iterator().next();
            if (key instanceof String name && (name.equals("Ref") || name.startsWith("Fn::"))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The references in the value at {@code path} of the document, in the order written, each with its path
     * relative to {@code base}; checks the shape of every {@code Ref}, {@code Fn::GetAtt} and {@code Fn::Sub}.
     */
    static List<Reference> references(Object value, String path, String base, YamlTree.Document document)
            throws CloudFormationException {
        List<Reference> found = new ArrayList<>();
        collect(value, path, base, document, found);
        return found;
    }

    private static void collect(Object value, String path, String base, YamlTree.Document document,
            List<Reference> found) throws CloudFormationException {
        Optional<String> function = function(value);
        if (function.isPresent()) {
            String name = function.get();
            Object argument = ((Map<?, ?>) value).get(name);
            SourcePosition at = document.entryAt(path);
            String relative = path.length() > base.length() ? path.substring(base.length() + 1) : "";
            switch (name) {
                case "Ref" -> ref(argument, at, relative, found);
                case "Fn::GetAtt" -> getAtt(argument, at, relative, found);
                case "Fn::Sub" -> sub(argument, at, relative, found);
                default -> {
                    // Fn::Join, Fn::If…: the references are in the arguments, walked below
                }
            }
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                collect(entry.getValue(), YamlTree.join(path, (String) entry.getKey()), base, document, found);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", base, document, found);
            }
        }
    }

    private static void ref(Object argument, SourcePosition at, String path, List<Reference> found)
            throws CloudFormationException {
        if (!(argument instanceof String target) || target.isEmpty()) {
            throw new CloudFormationException(at, "Ref expects the name of a resource or parameter");
        }
        add(target, Optional.empty(), "Ref", path, at, found);
    }

    private static void getAtt(Object argument, SourcePosition at, String path, List<Reference> found)
            throws CloudFormationException {
        String expected = "Fn::GetAtt expects LogicalId.Attribute or [LogicalId, Attribute]";
        if (argument instanceof String text) {
            int dot = text.indexOf('.');
            if (dot <= 0 || dot == text.length() - 1) {
                throw new CloudFormationException(at, expected + ", found \"" + text + "\"");
            }
            add(text.substring(0, dot), Optional.of(text.substring(dot + 1)), "Fn::GetAtt", path, at, found);
            return;
        }
        if (argument instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String target
                && !target.isEmpty() && (list.get(1) instanceof String || list.get(1) instanceof Map<?, ?>)) {
            Optional<String> attribute = list.get(1) instanceof String a ? Optional.of(a) : Optional.empty();
            add(target, attribute, "Fn::GetAtt", path, at, found);
            return;
        }
        throw new CloudFormationException(at, expected);
    }

    private static void sub(Object argument, SourcePosition at, String path, List<Reference> found)
            throws CloudFormationException {
        String text;
        Set<String> local = Set.of();
        if (argument instanceof String s) {
            text = s;
        } else if (argument instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String s
                && list.get(1) instanceof Map<?, ?> variables) {
            text = s;
            local = new java.util.HashSet<>();
            for (Object key : variables.keySet()) {
                local.add(String.valueOf(key));
            }
        } else {
            throw new CloudFormationException(at, "Fn::Sub expects a string or [string, {variables}]");
        }
        Matcher variable = SUB_VARIABLE.matcher(text);
        while (variable.find()) {
            String name = variable.group(1).trim();
            if (name.startsWith("!") || name.isEmpty() || local.contains(name)) {
                continue; // ${!Literal} is written as ${Literal}; a local variable is not a reference
            }
            int dot = name.indexOf('.');
            add(dot < 0 ? name : name.substring(0, dot), dot < 0 ? Optional.empty()
                    : Optional.of(name.substring(dot + 1)), "Fn::Sub", path, at, found);
        }
    }

    private static void add(String target, Optional<String> attribute, String function, String path,
            SourcePosition at, List<Reference> found) {
        if (!target.startsWith("AWS::")) { // pseudo parameters name no resource
            found.add(new Reference(target, attribute, function, path, at));
        }
    }
}
