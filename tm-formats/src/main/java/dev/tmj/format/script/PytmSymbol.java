package dev.tmj.format.script;

import dev.tmj.model.Action;
import dev.tmj.model.Classification;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.ElementType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.TLSVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A name that the {@code pytm} module exports, as a script value: a class the reader can construct, an
 * enumeration whose members the script may name, or a pytm name that tmj knows but cannot call.
 */
record PytmSymbol(String name, Kind kind, ElementType elementType, Class<? extends Enum<?>> enumType) {
    enum Kind {
        ELEMENT, TM, DATAFLOW, DATA, ASSUMPTION, FINDING, FLOW_HELPER, ENUM, OTHER
    }

    /** The module {@code pytm} itself, bound by {@code import pytm}. */
    record Module(String name) {
    }

    private static final Map<String, PytmSymbol> EXPORTS = exports();

    /** The helpers of {@code pytm.flows}, which the package itself does not export. */
    private static final Map<String, PytmSymbol> FLOW_HELPERS = Map.of(
            "req_reply", new PytmSymbol("req_reply", Kind.FLOW_HELPER, null, null),
            "reply", new PytmSymbol("reply", Kind.FLOW_HELPER, null, null));

    private static Map<String, PytmSymbol> exports() {
        Map<String, PytmSymbol> map = new LinkedHashMap<>();
        put(map, "TM", Kind.TM);
        for (ElementType type : ElementType.values()) {
            if (type == ElementType.DATAFLOW) {
                put(map, "Dataflow", Kind.DATAFLOW);
            } else {
                map.put(type.pytmName(), new PytmSymbol(type.pytmName(), Kind.ELEMENT, type, null));
            }
        }
        put(map, "Data", Kind.DATA);
        put(map, "Assumption", Kind.ASSUMPTION);
        put(map, "Finding", Kind.FINDING);
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(Classification.class, TLSVersion.class,
                Lifetime.class, DatastoreType.class, Action.class)) {
            map.put(e.getSimpleName(), new PytmSymbol(e.getSimpleName(), Kind.ENUM, null, e));
        }
        // pytm names a script may import but tmj cannot call.
        for (String other : List.of("Controls", "Threat", "DataSet")) {
            put(map, other, Kind.OTHER);
        }
        return Collections.unmodifiableMap(map);
    }

    private static void put(Map<String, PytmSymbol> map, String name, Kind kind) {
        map.put(name, new PytmSymbol(name, kind, null, null));
    }

    /** Every name {@code from pytm import *} binds. */
    static Map<String, PytmSymbol> exported() {
        return EXPORTS;
    }

    static Optional<PytmSymbol> find(String name) {
        return Optional.ofNullable(EXPORTS.get(name));
    }

    /** {@code req_reply} or {@code reply} of {@code pytm.flows}. */
    static Optional<PytmSymbol> flowHelper(String name) {
        return Optional.ofNullable(FLOW_HELPERS.get(name));
    }

    /** The names of the classes a script may call. */
    static List<String> constructorNames() {
        return EXPORTS.values().stream().filter(PytmSymbol::isConstructor).map(PytmSymbol::name).toList();
    }

    boolean isConstructor() {
        return kind != Kind.ENUM && kind != Kind.OTHER;
    }

    /** The enumeration member with this pytm name. */
    Optional<Enum<?>> member(String memberName) {
        for (Enum<?> constant : enumType.getEnumConstants()) {
            if (constant.name().equals(memberName)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    List<String> memberNames() {
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
    }

    @Override
    public String toString() {
        return (kind == Kind.ENUM ? "enum " : kind == Kind.FLOW_HELPER ? "function " : "class ") + name;
    }
}
