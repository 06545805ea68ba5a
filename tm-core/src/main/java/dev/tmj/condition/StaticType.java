package dev.tmj.condition;

import dev.tmj.model.Attribute;
import dev.tmj.model.ElementType;
import dev.tmj.model.ValueType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the compiler knows about a value before the condition runs: enough to reject attributes that no
 * possible target has, and calls on things that are not elements.
 */
final class StaticType {
    enum Kind { ANY, NONE, BOOL, INT, FLOAT, STR, ELEMENT, DATA, CONTROLS, SEQUENCE, SET, DICT, ENUM_VALUE,
        ENUM_CLASS, ELEMENT_CLASS }

    static final StaticType ANY = new StaticType(Kind.ANY, null, null, null);
    static final StaticType NONE = new StaticType(Kind.NONE, null, null, null);
    static final StaticType BOOL = new StaticType(Kind.BOOL, null, null, null);
    static final StaticType INT = new StaticType(Kind.INT, null, null, null);
    static final StaticType FLOAT = new StaticType(Kind.FLOAT, null, null, null);
    static final StaticType STR = new StaticType(Kind.STR, null, null, null);
    static final StaticType DATA = new StaticType(Kind.DATA, null, null, null);
    static final StaticType CONTROLS = new StaticType(Kind.CONTROLS, null, null, null);
    static final StaticType DICT = new StaticType(Kind.DICT, null, null, null);
    static final StaticType ELEMENT_CLASS = new StaticType(Kind.ELEMENT_CLASS, null, null, null);
    static final StaticType ANY_ELEMENT = elements(EnumSet.allOf(ElementType.class));

    final Kind kind;
    final Set<ElementType> elementTypes;
    final StaticType item;
    final Class<?> enumClass;

    private StaticType(Kind kind, Set<ElementType> elementTypes, StaticType item, Class<?> enumClass) {
        this.kind = kind;
        this.elementTypes = elementTypes;
        this.item = item;
        this.enumClass = enumClass;
    }

    static StaticType elements(Set<ElementType> types) {
        return new StaticType(Kind.ELEMENT, EnumSet.copyOf(types), null, null);
    }

    /** The targets and every subclass of them, as {@code isinstance} would accept. */
    static StaticType instancesOf(Set<ElementType> targets) {
        Set<ElementType> all = EnumSet.noneOf(ElementType.class);
        for (ElementType t : ElementType.values()) {
            if (targets.stream().anyMatch(t::isA)) {
                all.add(t);
            }
        }
        return elements(all);
    }

    static StaticType sequenceOf(StaticType item) {
        return new StaticType(Kind.SEQUENCE, null, item, null);
    }

    static StaticType setOf(StaticType item) {
        return new StaticType(Kind.SET, null, item, null);
    }

    static StaticType enumValue(Class<?> enumClass) {
        return new StaticType(Kind.ENUM_VALUE, null, null, enumClass);
    }

    static StaticType enumClass(Class<?> enumClass) {
        return new StaticType(Kind.ENUM_CLASS, null, null, enumClass);
    }

    static StaticType of(Attribute attribute) {
        ValueType type = attribute.type();
        return switch (type) {
            case BOOLEAN -> BOOL;
            case INT -> INT;
            case STRING -> STR;
            case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION -> enumValue(type.javaType());
            case ELEMENT -> ANY_ELEMENT;
            case BOUNDARY -> elements(EnumSet.of(ElementType.BOUNDARY));
            case DATAFLOW -> elements(EnumSet.of(ElementType.DATAFLOW));
            case DATA_SET -> sequenceOf(DATA);
            case DATAFLOWS -> sequenceOf(elements(EnumSet.of(ElementType.DATAFLOW)));
            case ELEMENTS -> sequenceOf(ANY_ELEMENT);
            case LEVELS -> setOf(INT);
            case STRINGS -> sequenceOf(STR);
            case STRING_SET -> setOf(STR);
            case CONTROLS -> CONTROLS;
            case STATUS, DATE -> ANY; // only overrides have them, and conditions do not read overrides' fields
            case IMPACT -> ANY; // tmj's risk reads an element's impact; a condition can only test it against None
            case OVERRIDES, ASSUMPTIONS, FINDINGS -> sequenceOf(ANY);
        };
    }

    /** Whether values of this type can certainly not be iterated. */
    boolean notIterable() {
        return switch (kind) {
            case NONE, BOOL, INT, FLOAT, ELEMENT, DATA, CONTROLS, ENUM_VALUE, ENUM_CLASS, ELEMENT_CLASS -> true;
            default -> false;
        };
    }

    /** The type of the items iteration yields. */
    StaticType itemType() {
        return item != null ? item : kind == Kind.STR ? STR : ANY;
    }

    /** Two types merged: the same when equal, otherwise ANY (or the union of element types). */
    StaticType union(StaticType other) {
        if (kind == Kind.ELEMENT && other.kind == Kind.ELEMENT) {
            Set<ElementType> all = EnumSet.copyOf(elementTypes);
            all.addAll(other.elementTypes);
            return elements(all);
        }
        if (kind == other.kind && kind != Kind.SEQUENCE && kind != Kind.SET && enumClass == other.enumClass) {
            return this;
        }
        return ANY;
    }

    /** How the type reads in an error message. */
    String describe() {
        return switch (kind) {
            case ELEMENT -> elementTypes.size() == ElementType.values().length ? "Element"
                    : elementTypes.stream().map(ElementType::pytmName).collect(Collectors.joining("/"));
            case NONE -> "None";
            case BOOL -> "bool";
            case INT -> "int";
            case FLOAT -> "float";
            case STR -> "str";
            case SEQUENCE -> "list";
            case SET -> "set";
            case DICT -> "dict";
            case ENUM_VALUE, ENUM_CLASS -> enumClass.getSimpleName();
            case ELEMENT_CLASS -> "element class";
            default -> Arrays.stream(new String[] {kind.name()}).findFirst().orElse("value").toLowerCase(
                    java.util.Locale.ROOT);
        };
    }
}
