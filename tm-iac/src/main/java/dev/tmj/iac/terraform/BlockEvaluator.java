package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Body;
import dev.tmj.iac.hcl.Expression;
import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.BlockValue.AttributeValue;
import dev.tmj.iac.terraform.Declarations.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Evaluates a block's attributes and nested blocks into a {@link BlockValue}. A {@code dynamic} block whose
 * {@code for_each} is known becomes one block per element (positioned at the {@code dynamic} block); one whose
 * {@code for_each} is unknown, and every {@code provisioner}, is left out with a note: tmj runs nothing.
 */
final class BlockEvaluator {
    private final Consumer<Note> notes;

    BlockEvaluator(Consumer<Note> notes) {
        this.notes = notes;
    }

    /** {@code owner} names the resource or block in notes ({@code aws_instance.web}). */
    BlockValue evaluate(Body.Block block, ModuleScope scope, Map<String, Value> bound, String owner) {
        return evaluate(block.type(), block.labels(), block.body(), block, scope, bound, owner);
    }

    private BlockValue evaluate(String type, List<String> labels, Body body, Body.Block at, ModuleScope scope,
            Map<String, Value> bound, String owner) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (Body.Attribute attribute : body.attributes()) {
            attributes.put(attribute.name(), new AttributeValue(attribute.name(),
                    scope.evaluate(attribute.expression(), bound), attribute.position()));
        }
        List<BlockValue> blocks = new ArrayList<>();
        for (Body.Block nested : body.blocks()) {
            if (nested.type().equals("provisioner")) {
                notes.accept(new Note(nested.position(), "provisioner \"" + String.join("\" \"", nested.labels())
                        + "\" of " + owner + " is not run: tmj runs nothing"));
            } else if (nested.type().equals("dynamic") && nested.labels().size() == 1) {
                expandDynamic(nested, scope, bound, owner, blocks);
            } else {
                blocks.add(evaluate(nested.type(), nested.labels(), nested.body(), nested, scope, bound, owner));
            }
        }
        return new BlockValue(type, labels, attributes, blocks, at.position());
    }

    private void expandDynamic(Body.Block dynamic, ModuleScope scope, Map<String, Value> bound, String owner,
            List<BlockValue> into) {
        String type = dynamic.labels().get(0);
        Body.Attribute forEach = dynamic.body().attribute("for_each").orElse(null);
        List<Body.Block> content = dynamic.body().blocks("content");
        if (forEach == null || content.size() != 1) {
            notes.accept(new Note(dynamic.position(), "dynamic \"" + type + "\" of " + owner
                    + " needs a for_each and one content block; left out"));
            return;
        }
        String iterator = dynamic.body().attribute("iterator")
                .filter(a -> a.expression() instanceof Expression.Variable)
                .map(a -> ((Expression.Variable) a.expression()).name()).orElse(type);
        Value collection = scope.evaluate(forEach.expression(), bound);
        Map<Value, Value> elements = new LinkedHashMap<>();
        if (collection instanceof Value.ListValue list) {
            for (int i = 0; i < list.items().size(); i++) {
                elements.put(Value.of(i), list.items().get(i));
            }
        } else if (collection instanceof Value.ObjectValue object) {
            object.entries().forEach((key, value) -> elements.put(Value.of(key), value));
        } else {
            String why = collection instanceof Value.Unknown unknown ? unknown.reason() : "it is a " + collection.typeName();
            notes.accept(new Note(forEach.position(), "dynamic \"" + type + "\" of " + owner
                    + " is not expanded: its for_each is not a known collection (" + why + ")"));
            return;
        }
        for (Map.Entry<Value, Value> element : elements.entrySet()) {
            Map<String, Value> inner = new HashMap<>(bound);
            inner.put(iterator, Value.object("key", element.getKey(), "value", element.getValue()));
            into.add(evaluate(type, List.of(), content.get(0).body(), dynamic, scope, inner, owner));
        }
    }
}
