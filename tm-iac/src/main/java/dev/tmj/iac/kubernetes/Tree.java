package dev.tmj.iac.kubernetes;

import dev.tmj.iac.yaml.YamlTree;
import java.util.List;
import java.util.Map;

/**
 * Reading a manifest's plain tree by path ({@code spec.template.spec}) without a cast at every step: a value of
 * the wrong shape reads as absent, since a mapper describes what the code shows and never guesses.
 */
final class Tree {
    private Tree() {
    }

    /** The value at a path of keys and indexes ({@code spec.rules[0].http}), or null. */
    static Object at(Object root, String dottedPath) {
        Object value = root;
        if (dottedPath.isEmpty()) {
            return value;
        }
        for (String key : dottedPath.split("\\.")) {
            int index = key.indexOf('[');
            value = value instanceof Map<?, ?> map ? map.get(index < 0 ? key : key.substring(0, index)) : null;
            while (index >= 0 && value != null) {
                int close = key.indexOf(']', index);
                int item = Integer.parseInt(key.substring(index + 1, close));
                value = value instanceof List<?> list && item < list.size() ? list.get(item) : null;
                index = key.indexOf('[', close);
            }
        }
        return value;
    }

    /** The mapping at a path, or an empty one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object root, String dottedPath) {
        return at(root, dottedPath) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The list at a path, or an empty one. */
    static List<?> list(Object root, String dottedPath) {
        return at(root, dottedPath) instanceof List<?> list ? list : List.of();
    }

    /** The text at a path (a number or boolean as its text), or empty. */
    static String text(Object root, String dottedPath) {
        Object value = at(root, dottedPath);
        return value instanceof String || value instanceof Long || value instanceof Boolean ? value.toString() : "";
    }

    /** Whether the value at a path is {@code true}. */
    static boolean isTrue(Object root, String dottedPath) {
        return Boolean.TRUE.equals(at(root, dottedPath));
    }

    /** The integer at a path (a number, or digits in a string), or -1. */
    static long number(Object root, String dottedPath) {
        Object value = at(root, dottedPath);
        if (value instanceof Long n) {
            return n;
        }
        if (value instanceof String s && !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(s);
        }
        return -1;
    }

    /** A mapping of string values ({@code labels}, {@code matchLabels}) with non-text values left out. */
    static Map<String, String> labels(Object root, String dottedPath) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        map(root, dottedPath).forEach((key, value) -> {
            if (value instanceof String || value instanceof Long || value instanceof Boolean) {
                labels.put(key, value.toString());
            }
        });
        return labels;
    }

    /** {@code a.b} or {@code a["b.c"]}: the path syntax of {@link KubernetesObject#positionOf}. */
    static String join(String path, String key) {
        return YamlTree.join(path, key);
    }
}
