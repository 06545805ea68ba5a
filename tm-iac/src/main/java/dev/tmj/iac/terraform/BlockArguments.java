package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Value;
import dev.tmj.model.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading the evaluated arguments of a block as the mappings need them: a known text, number or flag, or nothing
 * when the argument is absent or unknown (never a guess). Terraform converts "80" to 80 and "true" to true where a
 * number or a flag is expected, and so do these.
 */
final class BlockArguments {
    private BlockArguments() {
    }

    /** The text of an argument that is a known string, number or flag. */
    static Optional<String> text(BlockValue block, String name) {
        return block.value(name).flatMap(BlockArguments::text);
    }

    static Optional<String> text(Value value) {
        if (value instanceof Value.Str s) {
            return Optional.of(s.value());
        }
        if (value instanceof Value.Num n) {
            return Optional.of(Value.Num.plain(n.value()));
        }
        if (value instanceof Value.Bool b) {
            return Optional.of(Boolean.toString(b.value()));
        }
        return Optional.empty();
    }

    /** A known whole number (also written as text). */
    static Optional<Long> number(BlockValue block, String name) {
        return text(block, name).flatMap(t -> {
            try {
                return Optional.of(new BigDecimal(t.trim()).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    /** A known flag (also written as text). */
    static Optional<Boolean> flag(BlockValue block, String name) {
        return text(block, name).flatMap(t -> t.equalsIgnoreCase("true") ? Optional.of(true)
                : t.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty());
    }

    /** Whether the flag is known and true. */
    static boolean isTrue(BlockValue block, String name) {
        return flag(block, name).orElse(false);
    }

    /** The known texts of a list argument (or of a single text), unknown items left out. */
    static List<String> texts(BlockValue block, String name) {
        return block.value(name).map(BlockArguments::texts).orElse(List.of());
    }

    static List<String> texts(Value value) {
        List<String> found = new ArrayList<>();
        if (value instanceof Value.ListValue list) {
            list.items().forEach(item -> text(item).ifPresent(found::add));
        } else {
            text(value).ifPresent(found::add);
        }
        return found;
    }

    /** Where an argument is written, else where its block starts. */
    static SourcePosition at(BlockValue block, String name) {
        return block.attribute(name).map(BlockValue.AttributeValue::position).orElse(block.position());
    }

    /** The first nested block of a type. */
    static Optional<BlockValue> block(BlockValue block, String type) {
        return block.blocks(type).stream().findFirst();
    }

    /**
     * The {@code type.name} of each resource an argument refers to ({@code aws_s3_bucket.logs} for
     * {@code aws_s3_bucket.logs.id}), read from the unknown values such references evaluate to, so a mapping can
     * tell which of a resource's references an argument holds (the logged bucket from the log bucket).
     */
    static java.util.Set<String> refersTo(BlockValue block, String name) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        block.value(name).ifPresent(v -> collectReferences(v, found));
        return found;
    }

    private static void collectReferences(Value value, java.util.Set<String> found) {
        if (value instanceof Value.Unknown unknown) {
            java.util.regex.Matcher m = REFERENCE.matcher(unknown.reason());
            if (m.matches()) {
                found.add(m.group(1));
            }
        } else if (value instanceof Value.ListValue list) {
            list.items().forEach(item -> collectReferences(item, found));
        } else if (value instanceof Value.ObjectValue object) {
            object.entries().values().forEach(item -> collectReferences(item, found));
        }
    }

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("([a-z0-9_]+\\.[^ .]+) is known only when Terraform applies it");
}
