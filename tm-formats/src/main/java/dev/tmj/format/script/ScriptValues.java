package dev.tmj.format.script;

import dev.tmj.model.Assumption;
import dev.tmj.model.Suggestions;
import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyTuple;
import dev.tmj.python.value.Repr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The values of a pytm script, in the representation of {@link dev.tmj.python.value}: the script's list, tuple and
 * set displays, and how messages describe a value.
 */
final class ScriptValues {
    /** Messages show at most 40 characters of a string and 5 items of a container. */
    private static final Repr SHORT = Repr.abbreviated(40, 5, ScriptValues::object);

    private ScriptValues() {
    }

    /** A list display's value: a Python list, whose items may be None. */
    static List<Object> list(List<Object> items) {
        return new ScriptList(items);
    }

    /** A list the script built, which it may change ({@code append}, {@code extend}, {@code x[i] = v}). */
    static class ScriptList extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        ScriptList(Collection<?> items) {
            super(items);
        }

        /** Called after each change the script makes. */
        void changed() {
        }
    }

    /**
     * A list attribute of a model object as the script reads it ({@code web.overrides}, {@code flow.data}): a
     * change the script makes ({@code web.overrides.append(finding)}) is written back to the object, as a change
     * of pytm's own list would show there.
     */
    static final class ModelList extends ScriptList {
        private static final long serialVersionUID = 1L;
        private final transient Consumer<List<Object>> writeBack;

        ModelList(Collection<?> items, Consumer<List<Object>> writeBack) {
            super(items);
            this.writeBack = writeBack;
        }

        @Override
        void changed() {
            writeBack.accept(new ArrayList<>(this));
        }
    }

    /** A tuple display's value. */
    static PyTuple tuple(List<Object> items) {
        return new PyTuple(Collections.unmodifiableList(new ArrayList<>(items)));
    }

    /** A set display's value: the distinct items in the order written. */
    static Set<Object> set(List<Object> items) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    /** The items of a list, tuple or set; null for any other value. */
    static Collection<?> items(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof PyTuple tuple) {
            return tuple.items();
        }
        if (value instanceof Set<?> set) {
            return set;
        }
        return null;
    }

    /** Whether the value is an empty list, tuple or set. */
    static boolean isEmptySequence(Object value) {
        Collection<?> items = items(value);
        return items != null && items.isEmpty();
    }

    /** Type and value, for messages: {@code str 'x'}, {@code int 5}, {@code list [1, 2]}, {@code Server(Web)}. */
    static String describe(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Double || value instanceof String
                || items(value) != null) {
            return Py.typeName(value) + " " + SHORT.of(value);
        }
        return SHORT.of(value);
    }

    /** What is not a Python builtin, as messages name it: pytm's str(), {@code Assumption(name)}, {@code module pytm}. */
    private static String object(Object value) {
        if (value instanceof Assumption assumption) {
            return "Assumption(" + assumption.name() + ")";
        }
        if (value instanceof PytmSymbol.Module module) {
            return "module " + module.name();
        }
        if (value instanceof PytmSymbol symbol) {
            return symbol.toString();
        }
        return Py.str(value);
    }

    /**
     * "; did you mean 'x'?" when a candidate is close, else "". Stricter than {@link Suggestions#closest} alone,
     * so that short builtins such as {@code id} or {@code sum} are not taken for {@code TM}.
     */
    static String didYouMean(String wrong, java.util.Collection<String> candidates) {
        Optional<String> closest = Suggestions.closest(wrong, candidates);
        if (closest.isEmpty()) {
            return "";
        }
        String best = closest.get();
        boolean plausible = best.equalsIgnoreCase(wrong) || wrong.length() >= 3
                && (wrong.length() >= 5 || best.substring(0, 1).equalsIgnoreCase(wrong.substring(0, 1)));
        return plausible ? "; did you mean '" + best + "'?" : "";
    }

    /** The dotted text of a name or attribute chain, for messages. */
    static String dotted(Expr expr) {
        if (expr instanceof Expr.Name name) {
            return name.id();
        }
        if (expr instanceof Expr.Attribute attribute) {
            return dotted(attribute.value()) + "." + attribute.attr();
        }
        return "(...)";
    }
}
