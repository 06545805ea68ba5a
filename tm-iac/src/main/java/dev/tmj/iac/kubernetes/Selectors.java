package dev.tmj.iac.kubernetes;

import java.util.List;
import java.util.Map;

/**
 * Kubernetes label selection as the API server does it: a Service's {@code selector} matches pods whose labels
 * include all of it (an empty one selects nothing: its endpoints are managed by hand); a label selector
 * ({@code matchLabels} and {@code matchExpressions}, as NetworkPolicies write them) where {@code {}} selects all.
 */
final class Selectors {
    private Selectors() {
    }

    /** Whether a Service selector selects pods with these labels. */
    static boolean serviceSelects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** Whether a label selector (the mapping holding {@code matchLabels}/{@code matchExpressions}) matches. */
    static boolean selects(Object selector, Map<String, String> labels) {
        Map<String, String> matchLabels = Tree.labels(selector, "matchLabels");
        if (!labels.entrySet().containsAll(matchLabels.entrySet())) {
            return false;
        }
        for (Object expression : Tree.list(selector, "matchExpressions")) {
            String key = Tree.text(expression, "key");
            List<String> values = Tree.list(expression, "values").stream().map(String::valueOf).toList();
            String value = labels.get(key);
            boolean matches = switch (Tree.text(expression, "operator")) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /** {@code app=web, tier=front}, for the texts of facts. */
    static String describe(Map<String, String> labels) {
        return labels.isEmpty() ? "no labels" : String.join(", ", labels.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
