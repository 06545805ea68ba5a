package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Value;
import dev.tmj.model.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An evaluated block: its attributes' values (each with the position of its name) and its nested blocks (each with
 * its own position; a {@code dynamic} block with a known {@code for_each} becomes the blocks it makes), in the
 * order written.
 *
 * @param type the block type ({@code resource}, {@code ingress}, ...)
 * @param labels its labels
 * @param attributes by name, in the order written
 * @param blocks nested blocks, in the order written
 * @param position where the block starts
 */
public record BlockValue(String type, List<String> labels, Map<String, AttributeValue> attributes,
        List<BlockValue> blocks, SourcePosition position) {

    public BlockValue {
        labels = List.copyOf(labels);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        blocks = List.copyOf(blocks);
    }

    /** An attribute's value and where its name is written. */
    public record AttributeValue(String name, Value value, SourcePosition position) {
    }

    /** The attribute of that name. */
    public Optional<AttributeValue> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The value of that attribute, or empty when it is not set. */
    public Optional<Value> value(String name) {
        return attribute(name).map(AttributeValue::value);
    }

    /** The nested blocks of that type, in order. */
    public List<BlockValue> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }

    /**
     * The block as one value, the way Terraform's plan shows it: an object of its attributes, and for each type of
     * nested block a list of such objects.
     */
    public Value toValue() {
        Map<String, Value> entries = new LinkedHashMap<>();
        attributes.forEach((name, attribute) -> entries.put(name, attribute.value()));
        Map<String, List<Value>> nested = new LinkedHashMap<>();
        for (BlockValue block : blocks) {
            nested.computeIfAbsent(block.type(), k -> new ArrayList<>()).add(block.toValue());
        }
        nested.forEach((type, values) -> entries.putIfAbsent(type, Value.list(values)));
        return Value.object(entries);
    }
}
