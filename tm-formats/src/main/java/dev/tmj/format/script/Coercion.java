package dev.tmj.format.script;

import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.CoercionException;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.InvalidValueException;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.OrderedLevel;
import dev.tmj.model.TmjException;
import dev.tmj.model.ValueType;
import dev.tmj.model.ValuedEnum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * pytm's lax spellings of attribute values, turned into the plain values that {@link ValueType#coerce} (the one
 * conversion to stored values) accepts: {@code levels=0}, {@code data=one_data}, {@code Dataflow.data = "text"},
 * {@code maxClassification = 3} (an ordered enum by level), an enum by its value string ({@code DatastoreType}
 * {@code "SQL"}), 0 and 1 for bool, None for an empty data set or the default levels, plain strings in
 * {@code TM.assumptions}. Script lists, tuples and sets become Java lists. A value the type then rejects is
 * reported in Python's words: {@code Server(Web).port expects int, got str '443'}.
 */
final class Coercion {
    private Coercion() {
    }

    /**
     * Sets an attribute from a script value.
     *
     * @param label the owner as messages name it, for example {@code Server(Web)}
     * @param undefinedData makes the Data that pytm creates for {@code Dataflow.data = "text"}
     * @throws TmjException naming the owner, the attribute, the expected type and the value
     */
    static void set(ModelObject owner, String label, Attribute attribute, Object value,
            Function<String, Data> undefinedData) {
        Object plain = plain(owner, label, attribute, value, undefinedData);
        try {
            owner.set(attribute.name(), plain);
        } catch (InvalidValueException e) {
            throw e.coercion().map(c -> rejected(label, attribute, value, c)).orElse(e);
        }
    }

    /** The stored value of an attribute of something that is not a model object (an Assumption's). */
    static Object toValue(String label, Attribute attribute, Object value) {
        try {
            return attribute.type().coerce(plain(null, label, attribute, value, null));
        } catch (CoercionException e) {
            throw rejected(label, attribute, value, e);
        }
    }

    /** pytm's lax spellings resolved; what is left for the type to accept or reject. */
    private static Object plain(ModelObject owner, String label, Attribute attribute, Object value,
            Function<String, Data> undefinedData) {
        ValueType type = attribute.type();
        if (type.isPytmEnum()) {
            return enumMember(type.javaType(), value);
        }
        return switch (type) {
            case BOOLEAN -> value instanceof Long l && (l == 0 || l == 1) ? (Object) (l == 1) : value;
            case DATA_SET -> {
                if (value == null) {
                    yield List.of();
                }
                if (value instanceof String text && owner instanceof Element e && e.type() == ElementType.DATAFLOW) {
                    yield List.of(undefinedData.apply(text));
                }
                yield value instanceof Data ? value : items(label, attribute, value, true);
            }
            case LEVELS -> value == null ? Set.of(0L) : value instanceof Long ? List.of(value)
                    : items(label, attribute, value, false);
            case ASSUMPTIONS -> assumptions(owner, items(label, attribute, value, false));
            case FINDINGS -> ScriptValues.isEmptySequence(value) ? List.of()
                    : reject(label, attribute, value);
            default -> type.isCollection() ? items(label, attribute, value, false) : value;
        };
    }

    /** pytm's enums also take a level ({@code maxClassification = 3}) or a value string ({@code "SQL"}). */
    private static Object enumMember(Class<?> enumType, Object value) {
        for (Object constant : enumType.getEnumConstants()) {
            if (value instanceof Long l && constant instanceof OrderedLevel ordered && ordered.level() == l
                    || value instanceof String s && constant instanceof ValuedEnum valued && valued.value().equals(s)) {
                return constant;
            }
        }
        return value;
    }

    /** The items of a script list, tuple or set; a collection attribute takes nothing else. */
    private static List<Object> items(String label, Attribute attribute, Object value, boolean skipNone) {
        Collection<?> given = ScriptValues.items(value);
        if (given == null) {
            throw invalid(label, attribute, value, "");
        }
        return skipNone ? given.stream().filter(item -> item != null).map(item -> (Object) item).toList()
                : new ArrayList<>(given);
    }

    /** The TM's assumptions may be plain strings, each naming an assumption. */
    private static List<Object> assumptions(ModelObject owner, List<Object> items) {
        if (!(owner instanceof Model)) {
            return items;
        }
        List<Object> assumptions = new ArrayList<>(items.size());
        items.forEach(item -> assumptions.add(item instanceof String text ? Assumption.named(text) : item));
        return assumptions;
    }

    private static Object reject(String label, Attribute attribute, Object value) {
        throw invalid(label, attribute, value, "");
    }

    /** The type's refusal in Python's words, pointing at the item of a list that did not fit. */
    private static TmjException rejected(String label, Attribute attribute, Object value, CoercionException e) {
        String detail = "";
        if (e.reason().isPresent()) {
            detail = " (" + e.reason().get() + ")";
        } else if (e.item() >= 0) {
            detail = " (item " + itemNumber(attribute, value, e.item()) + " is " + ScriptValues.describe(e.rejected()) + ")";
        }
        return invalid(label, attribute, value, detail + e.suggestion().map(s -> "; did you mean '" + s + "'?")
                .orElse(""));
    }

    /** The 1-based position in the script's list of the item at {@code index}, counting the Nones data skips. */
    private static int itemNumber(Attribute attribute, Object value, int index) {
        Collection<?> given = ScriptValues.items(value);
        if (attribute.type() == ValueType.DATA_SET && given != null) {
            int seen = -1;
            int position = 0;
            for (Object item : given) {
                position++;
                if (item != null && ++seen == index) {
                    return position;
                }
            }
        }
        return index + 1;
    }

    static TmjException invalid(String label, Attribute attribute, Object value, String detail) {
        return new TmjException(label + "." + attribute.name() + " expects " + attribute.type().pytmName() + ", got "
                + ScriptValues.describe(value) + detail);
    }
}
