package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Body;
import dev.tmj.iac.hcl.Evaluator;
import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.hcl.Value.Unknown;
import dev.tmj.model.SourcePosition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The names a module's expressions may use, as Terraform defines them: {@code var.*}, {@code local.*} (evaluated
 * when first used), {@code count.index} and {@code each.key}/{@code each.value} inside an instance, {@code path.*}.
 * Everything Terraform only knows when it runs (resource and data source attributes, module outputs,
 * {@code terraform.workspace}, {@code self}) is an {@link Unknown} that says so.
 */
final class ModuleScope implements Evaluator.Scope {
    private final Evaluator evaluator;
    private final Map<String, Value> variables;
    private final Map<String, Body.Attribute> locals;
    private final Map<String, Value> localValues;
    private final Set<String> evaluating;
    private final String modulePath;
    private final String rootPath;
    private final Map<String, Value> instance;

    ModuleScope(Evaluator evaluator, Map<String, Value> variables, Map<String, Body.Attribute> locals, String modulePath,
            String rootPath) {
        this(evaluator, variables, locals, new HashMap<>(), new HashSet<>(), modulePath, rootPath, Map.of());
    }

    private ModuleScope(Evaluator evaluator, Map<String, Value> variables, Map<String, Body.Attribute> locals,
            Map<String, Value> localValues, Set<String> evaluating, String modulePath, String rootPath,
            Map<String, Value> instance) {
        this.evaluator = evaluator;
        this.variables = variables;
        this.locals = locals;
        this.localValues = localValues;
        this.evaluating = evaluating;
        this.modulePath = modulePath;
        this.rootPath = rootPath;
        this.instance = instance;
    }

    /** The same scope inside one instance of a block with {@code count} or {@code for_each}. */
    ModuleScope forInstance(Value key, Value eachValue, boolean countIndex) {
        Map<String, Value> names = new HashMap<>();
        if (countIndex) {
            names.put("count", Value.object("index", key));
        } else if (key != null) {
            names.put("each", Value.object("key", key, "value", eachValue));
        }
        return new ModuleScope(evaluator, variables, locals, localValues, evaluating, modulePath, rootPath, names);
    }

    Value evaluate(dev.tmj.iac.hcl.Expression expression) {
        return evaluator.evaluate(expression, this, Map.of());
    }

    Value evaluate(dev.tmj.iac.hcl.Expression expression, Map<String, Value> bound) {
        return evaluator.evaluate(expression, this, bound);
    }

    /** Every local's value, by name. */
    Map<String, Value> localValues() {
        Map<String, Value> all = new LinkedHashMap<>();
        for (String name : locals.keySet()) {
            all.put(name, local(name));
        }
        return all;
    }

    @Override
    public Value resolve(String root, String attribute, SourcePosition at) {
        switch (root) {
            case "var":
                return attribute == null ? Value.object(variables) : variables.getOrDefault(attribute,
                        new Unknown("no variable " + attribute + " is declared in this module"));
            case "local":
                return attribute == null ? Value.object(localValues()) : local(attribute);
            case "count", "each":
                Value bound = instance.get(root);
                if (bound == null) {
                    return new Unknown(root + " is used outside a block with " + (root.equals("count") ? "count" : "for_each"));
                }
                return attribute == null ? bound : ((Value.ObjectValue) bound).entries().getOrDefault(attribute,
                        new Unknown(root + " has no attribute " + attribute));
            case "path":
                Map<String, Value> paths = Map.of("module", Value.of(modulePath), "root", Value.of(rootPath),
                        "cwd", Value.of("."));
                return attribute == null ? Value.object(paths)
                        : paths.getOrDefault(attribute, new Unknown("path has no attribute " + attribute));
            case "terraform":
                return new Unknown("terraform." + attribute + " is chosen when Terraform runs");
            case "self":
                return new Unknown("self is known only when Terraform applies the resource");
            case "data":
                return new Unknown("data." + attribute + " is read by Terraform when it runs; tmj reads no data source");
            case "module":
                return new Unknown("the outputs of module." + attribute + " are not evaluated by tmj");
            default:
                return new Unknown(root + (attribute == null ? "" : "." + attribute)
                        + " is known only when Terraform applies it");
        }
    }

    private Value local(String name) {
        Value known = localValues.get(name);
        if (known != null) {
            return known;
        }
        Body.Attribute local = locals.get(name);
        if (local == null) {
            return new Unknown("no local " + name + " is declared in this module");
        }
        if (!evaluating.add(name)) {
            return new Unknown("local." + name + " refers to itself");
        }
        try {
            Value value = evaluator.evaluate(local.expression(), new ModuleScope(evaluator, variables, locals,
                    localValues, evaluating, modulePath, rootPath, Map.of()), Map.of());
            localValues.put(name, value);
            return value;
        } finally {
            evaluating.remove(name);
        }
    }
}
