package dev.tmj.iac.hcl;

import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * The attributes and blocks of a file or of a block, in the order written, with where the body starts. An
 * attribute name appears at most once in a body (the parser reports the second).
 */
public record Body(List<Attribute> attributes, List<Block> blocks, SourcePosition position) {
    public Body {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    /** {@code name = expression}, positioned at its name. */
    public record Attribute(String name, Expression expression, SourcePosition position) {
    }

    /** {@code type "label" label2 { body }}, positioned at its type; labels quoted or bare. */
    public record Block(String type, List<String> labels, Body body, SourcePosition position) {
        public Block {
            labels = List.copyOf(labels);
        }
    }

    /** The attribute of that name. */
    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The blocks of that type, in order. */
    public List<Block> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
