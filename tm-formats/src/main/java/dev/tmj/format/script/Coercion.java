package dev.tmj.format.script;

import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.OrderedLevel;
import dev.tmj.model.TmjException;
import dev.tmj.model.ValueType;
import dev.tmj.model.ValuedEnum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a script value into the value an attribute's {@link ValueType} stores, with pytm's lax coercions:
 * {@code levels=0}, {@code data=one_data}, {@code Dataflow.data = "text"}, {@code maxClassification = 3} (an
 * ordered enum by level), an enum by its value string ({@code DatastoreType} {@code "SQL"}), 0 and 1 for bool,
 * None for an empty data set or the default levels, plain strings in {@code TM.assumptions}.
 */
final class Coercion {
    private Coercion() {
    }

    /**
     * @param owner the object the attribute belongs to, or null for an assumption
     * @param label the owner as messages name it, for example {@code Server(Web)}
     * @param undefinedData makes the Data that pytm creates for {@code Dataflow.data = "text"}
     * @throws TmjException naming the owner, the attribute, the expected type and the value
     */
    static Object toAttribute(ModelObject owner, String label, Attribute attribute, Object value,
            Function<String, Data> undefinedData) {
        ValueType type = attribute.type();
        switch (type) {
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                if (value instanceof Long l && (l == 0 || l == 1)) {
                    return l == 1;
                }
                break;
            case INT:
                if (value instanceof Long l) {
                    return level(label, attribute, value, l);
                }
                break;
            case STRING:
                if (value instanceof String) {
                    return value;
                }
                break;
            case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION: {
                Object member = enumMember(type.javaType(), value);
                if (member != null) {
                    return member;
                }
                break;
            }
            case ELEMENT, BOUNDARY, DATAFLOW:
                if (value == null || value instanceof Element) {
                    return value;
                }
                break;
            case DATA_SET:
                if (value == null) {
                    return List.of();
                }
                if (value instanceof Data) {
                    return List.of(value);
                }
                if (value instanceof String text && owner instanceof Element e && e.type() == ElementType.DATAFLOW) {
                    return List.of(undefinedData.apply(text));
                }
                return items(label, attribute, value, Data.class, true);
            case DATAFLOWS, ELEMENTS:
                return items(label, attribute, value, Element.class, false);
            case OVERRIDES:
                return items(label, attribute, value, FindingOverride.class, false);
            case ASSUMPTIONS:
                return assumptions(owner, label, attribute, value);
            case FINDINGS:
                if (ScriptValues.isEmptySequence(value)) {
                    return List.of();
                }
                break;
            case LEVELS:
                if (value == null) {
                    return Set.of(0);
                }
                if (value instanceof Long l) {
                    return Set.of(level(label, attribute, value, l));
                }
                return levels(label, attribute, value);
            case STRINGS:
                return items(label, attribute, value, String.class, false);
            case STRING_SET:
                return new LinkedHashSet<>(items(label, attribute, value, String.class, false));
            default:
                break;
        }
        throw invalid(label, attribute, value, "");
    }

    private static Object enumMember(Class<?> enumType, Object value) {
        if (enumType.isInstance(value)) {
            return value;
        }
        for (Object constant : enumType.getEnumConstants()) {
            if (value instanceof Long l && constant instanceof OrderedLevel ordered && ordered.level() == l
                    || value instanceof String s && constant instanceof ValuedEnum valued && valued.value().equals(s)) {
                return constant;
            }
        }
        return null;
    }

    private static <T> List<T> items(String label, Attribute attribute, Object value, Class<T> itemType,
            boolean skipNone) {
        Collection<?> given = ScriptValues.items(value);
        if (given == null) {
            throw invalid(label, attribute, value, "");
        }
        List<T> items = new ArrayList<>();
        int position = 0;
        for (Object item : given) {
            position++;
            if (item == null && skipNone) {
                continue;
            }
            if (!itemType.isInstance(item)) {
                throw invalid(label, attribute, value, " (item " + position + " is " + ScriptValues.describe(item)
                        + ")");
            }
            items.add(itemType.cast(item));
        }
        return items;
    }

    private static List<Assumption> assumptions(ModelObject owner, String label, Attribute attribute, Object value) {
        Collection<?> given = ScriptValues.items(value);
        if (given == null) {
            throw invalid(label, attribute, value, "");
        }
        List<Assumption> assumptions = new ArrayList<>();
        int position = 0;
        for (Object item : given) {
            position++;
            if (item instanceof Assumption assumption) {
                assumptions.add(assumption);
            } else if (item instanceof String text && owner instanceof Model) {
                assumptions.add(Assumption.named(text));
            } else {
                throw invalid(label, attribute, value, " (item " + position + " is " + ScriptValues.describe(item)
                        + ")");
            }
        }
        return assumptions;
    }

    private static Set<Integer> levels(String label, Attribute attribute, Object value) {
        Set<Integer> levels = new LinkedHashSet<>();
        for (Long l : items(label, attribute, value, Long.class, false)) {
            levels.add(level(label, attribute, value, l));
        }
        return levels;
    }

    private static int level(String label, Attribute attribute, Object value, long number) {
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw invalid(label, attribute, value, " (out of range)");
        }
        return (int) number;
    }

    static TmjException invalid(String label, Attribute attribute, Object value, String detail) {
        return new TmjException(label + "." + attribute.name() + " expects " + attribute.type().pytmName() + ", got "
                + ScriptValues.describe(value) + detail);
    }
}
