package dev.tmj.iac.terraform.plan;

import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.BlockValue;
import dev.tmj.iac.terraform.Resource;
import dev.tmj.model.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource instances of {@code planned_values}: the root module's, then each child module's (recursively), in
 * the plan's order, each located where its object starts, with its values joined to its {@code resource_changes}
 * entry (which of them are unknown or sensitive) and its references from the configuration.
 */
final class PlanResources {
    private final PlanValues values;
    private final PlanConfiguration configuration;
    private final String file;
    private final Map<String, JsonNode.Obj> changes = new HashMap<>();
    private final List<Resource> resources = new ArrayList<>();

    private PlanResources(String file, JsonNode resourceChanges, PlanConfiguration configuration) {
        this.file = file;
        this.values = new PlanValues(file);
        this.configuration = configuration;
        if (resourceChanges instanceof JsonNode.Arr list) {
            for (JsonNode item : list.items()) {
                if (item instanceof JsonNode.Obj change && change.text("address") != null
                        && change.get("change") instanceof JsonNode.Obj detail) {
                    changes.putIfAbsent(change.text("address"), detail);
                }
            }
        }
    }

    /** The resources of a plan's {@code planned_values.root_module}. */
    static List<Resource> of(String file, JsonNode.Obj rootModule, JsonNode resourceChanges,
            PlanConfiguration configuration) throws PlanException {
        PlanResources reader = new PlanResources(file, resourceChanges, configuration);
        reader.module(rootModule, "", List.of(), "planned_values.root_module");
        return reader.resources;
    }

    private void module(JsonNode.Obj module, String address, List<String> steps, String path) throws PlanException {
        List<JsonNode.Obj> own = objects(module, "resources", path);
        for (int i = 0; i < own.size(); i++) {
            resources.add(resource(own.get(i), address, steps, path + ".resources[" + i + "]"));
        }
        List<JsonNode.Obj> children = objects(module, "child_modules", path);
        for (int i = 0; i < children.size(); i++) {
            JsonNode.Obj child = children.get(i);
            String childPath = path + ".child_modules[" + i + "]";
            String childAddress = text(child, "address", childPath, "a module address such as module.db");
            String prefix = address.isEmpty() ? "" : address + ".";
            String step = childAddress.startsWith(prefix) ? childAddress.substring(prefix.length()) : "";
            if (!step.startsWith("module.") || step.length() == "module.".length()) {
                throw new PlanException(at(child.get("address"), childPath + ".address"), "expected the address of a"
                        + " module called by " + (address.isEmpty() ? "the root module" : address) + " (" + prefix
                        + "module.NAME), found \"" + dev.tmj.model.Excerpt.of(childAddress) + "\"");
            }
            List<String> childSteps = new ArrayList<>(steps);
            childSteps.add(step);
            module(child, childAddress, childSteps, childPath);
        }
    }

    private Resource resource(JsonNode.Obj resource, String module, List<String> steps, String path)
            throws PlanException {
        String address = text(resource, "address", path, "the resource's address");
        String modeText = text(resource, "mode", path, "managed or data");
        Resource.Mode mode;
        if (modeText.equals("managed")) {
            mode = Resource.Mode.MANAGED;
        } else if (modeText.equals("data")) {
            mode = Resource.Mode.DATA;
        } else {
            throw new PlanException(at(resource.get("mode"), path + ".mode"), "expected mode \"managed\" or \"data\","
                    + " found \"" + dev.tmj.model.Excerpt.of(modeText) + "\"");
        }
        String type = text(resource, "type", path, "the resource type");
        String name = text(resource, "name", path, "the resource name");
        Value key = null;
        JsonNode index = resource.get("index");
        if (index instanceof JsonNode.Scalar scalar && scalar.value() instanceof String text) {
            key = Value.of(text);
        } else if (index instanceof JsonNode.Scalar scalar && scalar.value() instanceof BigDecimal number) {
            key = new Value.Num(number);
        } else if (index != null && !(index instanceof JsonNode.Scalar scalar && scalar.value() == null)) {
            throw new PlanException(at(index, path + ".index"), "expected a count index (a number) or a for_each key"
                    + " (a string), found " + JsonNode.kind(index));
        }
        JsonNode.Obj valuesNode = optionalObject(resource, "values", path);
        JsonNode.Obj change = changes.get(address);
        JsonNode unknown = change == null ? null : change.get("after_unknown");
        List<JsonNode> sensitive = new ArrayList<>();
        for (JsonNode marks : new JsonNode[] {resource.get("sensitive_values"),
                change == null ? null : change.get("after_sensitive")}) {
            if (marks != null) {
                sensitive.add(marks);
            }
        }
        SourcePosition start = SourcePosition.of(file, resource.line(), resource.column());
        BlockValue body = values.block(mode == Resource.Mode.DATA ? "data" : "resource", List.of(type, name),
                valuesNode, unknown, sensitive, start);
        String local = (mode == Resource.Mode.DATA ? "data." : "") + type + "." + name;
        return new Resource(address, mode, type, name, module, key, body, configuration.of(steps, local));
    }

    private SourcePosition at(JsonNode node, String path) {
        return SourcePosition.of(file, node.line(), node.column()).at(path);
    }

    private String text(JsonNode.Obj object, String key, String path, String expected) throws PlanException {
        JsonNode node = object.get(key);
        if (node instanceof JsonNode.Scalar scalar && scalar.value() instanceof String text && !text.isEmpty()) {
            return text;
        }
        throw new PlanException(at(node == null ? object : node, path + "." + key), "expected " + key + " ("
                + expected + ") as a non-empty string, found " + (node == null ? "none" : JsonNode.kind(node)));
    }

    private JsonNode.Obj optionalObject(JsonNode.Obj object, String key, String path) throws PlanException {
        JsonNode node = object.get(key);
        if (node == null || node instanceof JsonNode.Scalar scalar && scalar.value() == null) {
            return null;
        }
        if (node instanceof JsonNode.Obj found) {
            return found;
        }
        throw new PlanException(at(node, path + "." + key), "expected " + key + " to be an object, found "
                + JsonNode.kind(node));
    }

    /** The objects of a list field (absent or null: none); anything else is an error. */
    private List<JsonNode.Obj> objects(JsonNode.Obj object, String key, String path) throws PlanException {
        JsonNode node = object.get(key);
        List<JsonNode.Obj> found = new ArrayList<>();
        if (node == null || node instanceof JsonNode.Scalar scalar && scalar.value() == null) {
            return found;
        }
        if (!(node instanceof JsonNode.Arr list)) {
            throw new PlanException(at(node, path + "." + key), "expected " + key + " to be a list, found "
                    + JsonNode.kind(node));
        }
        for (int i = 0; i < list.items().size(); i++) {
            JsonNode item = list.items().get(i);
            if (!(item instanceof JsonNode.Obj itemObject)) {
                throw new PlanException(at(item, path + "." + key + "[" + i + "]"), "expected every item of " + key
                        + " to be an object, found " + JsonNode.kind(item));
            }
            found.add(itemObject);
        }
        return found;
    }
}
