package dev.tmj.iac.terraform.plan;

import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.BlockValue;
import dev.tmj.iac.terraform.BlockValue.AttributeValue;
import dev.tmj.model.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a resource's {@code values} into the {@link BlockValue} a configuration read from {@code *.tf} files has, so
 * that one mapping serves both:
 * <ul>
 * <li>a list of objects is a nested block per object (Terraform's JSON writes blocks as lists of objects), located
 * where the object starts; every other value is an attribute located where its value starts;</li>
 * <li>a null attribute is one the configuration does not set, and is left out, as it is from a block in HCL;</li>
 * <li>a value that {@code after_unknown} marks is {@link Value.Unknown} ({@link #UNKNOWN}), present or not;</li>
 * <li>a value that {@code sensitive_values} (or the change's {@code after_sensitive}) marks is {@link Value.Unknown}
 * ({@link #SENSITIVE}): its text is never read into the model.</li>
 * </ul>
 * Marks are trees shaped like the values with {@code true} where they apply; a {@code true} applies to all below.
 */
final class PlanValues {
    /** The reason of a value Terraform knows only after apply. */
    static final String UNKNOWN = "known only after apply: the plan does not have it";
    /** The reason that replaces a value the plan marks sensitive. */
    static final String SENSITIVE = "sensitive: the plan marks it so and tmj does not copy it";

    private final String file;

    PlanValues(String file) {
        this.file = file;
    }

    /**
     * A block of {@code values} ({@code null} when the plan has none).
     *
     * @param unknown the {@code after_unknown} marks, or null
     * @param sensitive every set of sensitivity marks that applies
     */
    BlockValue block(String type, List<String> labels, JsonNode.Obj values, JsonNode unknown, List<JsonNode> sensitive,
            SourcePosition at) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        List<BlockValue> blocks = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        if (values != null) {
            keys.addAll(values.fields().keySet());
        }
        if (unknown instanceof JsonNode.Obj marks) {
            marks.fields().forEach((key, mark) -> {
                if (JsonNode.isTrue(mark)) {
                    keys.add(key);
                }
            });
        }
        for (String key : keys) {
            JsonNode value = values == null ? null : values.get(key);
            JsonNode unknownMark = child(unknown, key);
            List<JsonNode> sensitiveMarks = children(sensitive, key);
            SourcePosition where = value == null ? at : position(value);
            if (isMarked(sensitiveMarks)) {
                attributes.put(key, new AttributeValue(key, new Value.Unknown(SENSITIVE), where));
            } else if (JsonNode.isTrue(unknownMark)) {
                attributes.put(key, new AttributeValue(key, new Value.Unknown(UNKNOWN), where));
            } else if (value == null || value instanceof JsonNode.Scalar scalar && scalar.value() == null) {
                continue; // not set in the configuration: absent, as from an HCL block
            } else if (isBlockList(value, unknownMark, sensitiveMarks)) {
                List<JsonNode> items = ((JsonNode.Arr) value).items();
                for (int i = 0; i < items.size(); i++) {
                    blocks.add(block(key, List.of(), (JsonNode.Obj) items.get(i), child(unknownMark, i),
                            children(sensitiveMarks, i), position(items.get(i))));
                }
            } else {
                attributes.put(key, new AttributeValue(key, value(value, unknownMark, sensitiveMarks), where));
            }
        }
        return new BlockValue(type, labels, attributes, blocks, at);
    }

    /** A non-empty list of objects none of which is unknown or masked as a whole: nested blocks. */
    private static boolean isBlockList(JsonNode value, JsonNode unknown, List<JsonNode> sensitive) {
        if (!(value instanceof JsonNode.Arr list) || list.items().isEmpty()) {
            return false;
        }
        for (int i = 0; i < list.items().size(); i++) {
            if (!(list.items().get(i) instanceof JsonNode.Obj) || JsonNode.isTrue(child(unknown, i))
                    || isMarked(children(sensitive, i))) {
                return false;
            }
        }
        return true;
    }

    /** A value with its marks applied. */
    Value value(JsonNode node, JsonNode unknown, List<JsonNode> sensitive) {
        if (isMarked(sensitive)) {
            return new Value.Unknown(SENSITIVE);
        }
        if (JsonNode.isTrue(unknown)) {
            return new Value.Unknown(UNKNOWN);
        }
        if (node instanceof JsonNode.Obj object) {
            Map<String, Value> entries = new LinkedHashMap<>();
            object.fields().forEach((key, item) -> entries.put(key, value(item, child(unknown, key),
                    children(sensitive, key))));
            if (unknown instanceof JsonNode.Obj marks) {
                marks.fields().forEach((key, mark) -> {
                    if (JsonNode.isTrue(mark)) {
                        entries.putIfAbsent(key, new Value.Unknown(UNKNOWN));
                    }
                });
            }
            return Value.object(entries);
        }
        if (node instanceof JsonNode.Arr list) {
            List<Value> items = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                items.add(value(list.items().get(i), child(unknown, i), children(sensitive, i)));
            }
            return Value.list(items);
        }
        Object scalar = ((JsonNode.Scalar) node).value();
        if (scalar == null) {
            return Value.NULL;
        }
        if (scalar instanceof String text) {
            return Value.of(text);
        }
        if (scalar instanceof Boolean bool) {
            return Value.of(bool);
        }
        return new Value.Num((BigDecimal) scalar);
    }

    SourcePosition position(JsonNode node) {
        return SourcePosition.of(file, node.line(), node.column());
    }

    private static boolean isMarked(List<JsonNode> marks) {
        return marks.stream().anyMatch(JsonNode::isTrue);
    }

    /** The marks of a field; a {@code true} covers everything below it. */
    static JsonNode child(JsonNode marks, String key) {
        if (JsonNode.isTrue(marks)) {
            return marks;
        }
        return marks instanceof JsonNode.Obj object ? object.get(key) : null;
    }

    /** The marks of a list item. */
    static JsonNode child(JsonNode marks, int index) {
        if (JsonNode.isTrue(marks)) {
            return marks;
        }
        return marks instanceof JsonNode.Arr list && index < list.items().size() ? list.items().get(index) : null;
    }

    private static List<JsonNode> children(List<JsonNode> marks, String key) {
        List<JsonNode> found = new ArrayList<>(marks.size());
        for (JsonNode mark : marks) {
            JsonNode c = child(mark, key);
            if (c != null) {
                found.add(c);
            }
        }
        return found;
    }

    private static List<JsonNode> children(List<JsonNode> marks, int index) {
        List<JsonNode> found = new ArrayList<>(marks.size());
        for (JsonNode mark : marks) {
            JsonNode c = child(mark, index);
            if (c != null) {
                found.add(c);
            }
        }
        return found;
    }
}
