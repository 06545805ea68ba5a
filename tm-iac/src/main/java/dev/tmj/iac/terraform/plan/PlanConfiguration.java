package dev.tmj.iac.terraform.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The references of a plan's {@code configuration}: for every resource of every module (named by its module path,
 * the call names without instance keys, and its address in the module) the resources, data sources and module calls
 * its expressions refer to. Terraform lists a reference with each of its prefixes ({@code aws_subnet.public[0].id},
 * {@code aws_subnet.public[0]}, {@code aws_subnet.public}); each is cut, as {@code ResourceReferences} cuts an HCL
 * traversal, to the resource's name ({@code aws_subnet.public}). {@code var.x} in a module counts what the
 * caller's argument refers to; {@code local.x} counts nothing, since a plan does not record what locals refer to.
 * Expressions inside {@code dynamic} blocks are not in a plan at all.
 */
final class PlanConfiguration {
    /**
     * A reference in the module {@code depth} calls below the root on the way to the referring resource (0: the
     * root), by its address there.
     */
    record Ref(int depth, String address) {
    }

    /** By module path ({@code ""}, {@code db}, {@code db.child}), then resource address in the module. */
    private final Map<String, Map<String, Set<Ref>>> references = new HashMap<>();

    private PlanConfiguration() {
    }

    /** The references of {@code configuration.root_module} and the modules it calls; null gives none. */
    static PlanConfiguration of(JsonNode.Obj rootModule) {
        PlanConfiguration configuration = new PlanConfiguration();
        if (rootModule != null) {
            configuration.module(rootModule, "", 0, Map.of());
        }
        return configuration;
    }

    /**
     * The references of the resource {@code address} (without instance key, {@code data.} for a data source) of the
     * module instance whose calls are {@code steps} ({@code module.db[0]}, {@code module.child}), as full addresses.
     */
    Set<String> of(List<String> steps, String address) {
        Set<Ref> refs = references.getOrDefault(modulePath(steps), Map.of()).getOrDefault(address, Set.of());
        Set<String> full = new TreeSet<>();
        for (Ref ref : refs) {
            if (ref.depth() <= steps.size()) {
                String prefix = String.join(".", steps.subList(0, ref.depth()));
                full.add(prefix.isEmpty() ? ref.address() : prefix + "." + ref.address());
            }
        }
        return full;
    }

    /** {@code db.child} for the steps {@code module.db[0]}, {@code module.child}. */
    static String modulePath(List<String> steps) {
        List<String> names = new ArrayList<>();
        for (String step : steps) {
            String name = step.startsWith("module.") ? step.substring("module.".length()) : step;
            int bracket = name.indexOf('[');
            names.add(bracket < 0 ? name : name.substring(0, bracket));
        }
        return String.join(".", names);
    }

    private void module(JsonNode.Obj module, String path, int depth, Map<String, Set<Ref>> variables) {
        List<JsonNode.Obj> resources = objects(module.get("resources"));
        Map<String, JsonNode> calls = module.get("module_calls") instanceof JsonNode.Obj c ? c.fields() : Map.of();
        Map<String, Set<Ref>> byAddress = references.computeIfAbsent(path, p -> new HashMap<>());
        for (JsonNode.Obj resource : resources) {
            String address = resource.text("address");
            if (address == null) {
                continue;
            }
            List<String> written = new ArrayList<>();
            for (String key : List.of("expressions", "count_expression", "for_each_expression", "provisioners")) {
                collect(resource.get(key), written);
            }
            if (resource.get("depends_on") instanceof JsonNode.Arr dependsOn) {
                dependsOn.items().forEach(item -> text(item, written));
            }
            Set<Ref> refs = byAddress.computeIfAbsent(address, a -> new LinkedHashSet<>());
            written.forEach(reference -> refs.addAll(cut(reference, depth, variables)));
        }
        calls.forEach((name, value) -> {
            if (!(value instanceof JsonNode.Obj call) || !(call.get("module") instanceof JsonNode.Obj child)) {
                return;
            }
            Map<String, Set<Ref>> arguments = new HashMap<>();
            if (call.get("expressions") instanceof JsonNode.Obj expressions) {
                expressions.fields().forEach((argument, expression) -> {
                    List<String> written = new ArrayList<>();
                    collect(expression, written);
                    Set<Ref> refs = new LinkedHashSet<>();
                    written.forEach(reference -> refs.addAll(cut(reference, depth, variables)));
                    arguments.put(argument, refs);
                });
            }
            module(child, path.isEmpty() ? name : path + "." + name, depth + 1, arguments);
        });
    }

    /** Roots of references that name no resource, data source or module. */
    private static final Set<String> NOT_RESOURCES = Set.of("var", "local", "count", "each", "path", "terraform",
            "self");

    /**
     * What one written reference refers to: {@code aws_subnet.public[0].id} to {@code aws_subnet.public},
     * {@code data.aws_ami.u.id} to {@code data.aws_ami.u}, {@code module.db.endpoint} to {@code module.db},
     * {@code var.x} to what the caller passed, anything else ({@code count.index}, {@code each.key},
     * {@code path.module}, {@code local.x}) to nothing. Unlike an HCL traversal, a name the module's configuration
     * does not list still counts: Terraform lists only real references, and a plan's configuration may be cut short.
     */
    private static Set<Ref> cut(String reference, int depth, Map<String, Set<Ref>> variables) {
        int bracket = reference.indexOf('[');
        String[] names = (bracket < 0 ? reference : reference.substring(0, bracket)).split("\\.", -1);
        if (names.length < 2 || names[1].isEmpty()) {
            return Set.of();
        }
        String root = names[0];
        if (root.equals("var")) {
            return variables.getOrDefault(names[1], Set.of());
        }
        if (root.isEmpty() || NOT_RESOURCES.contains(root)) {
            return Set.of();
        }
        if (root.equals("data")) {
            return names.length > 2 && !names[2].isEmpty()
                    ? Set.of(new Ref(depth, "data." + names[1] + "." + names[2])) : Set.of();
        }
        return Set.of(new Ref(depth, root + "." + names[1]));
    }

    /** Every string of every {@code references} list below {@code node}; constant values are not looked into. */
    private static void collect(JsonNode node, List<String> into) {
        if (node instanceof JsonNode.Obj object) {
            object.fields().forEach((key, value) -> {
                if (key.equals("references") && value instanceof JsonNode.Arr list) {
                    list.items().forEach(item -> text(item, into));
                } else if (!key.equals("constant_value")) {
                    collect(value, into);
                }
            });
        } else if (node instanceof JsonNode.Arr list) {
            list.items().forEach(item -> collect(item, into));
        }
    }

    private static void text(JsonNode node, List<String> into) {
        if (node instanceof JsonNode.Scalar scalar && scalar.value() instanceof String text) {
            into.add(text);
        }
    }

    private static List<JsonNode.Obj> objects(JsonNode node) {
        List<JsonNode.Obj> found = new ArrayList<>();
        if (node instanceof JsonNode.Arr list) {
            list.items().forEach(item -> {
                if (item instanceof JsonNode.Obj object) {
                    found.add(object);
                }
            });
        }
        return found;
    }
}
