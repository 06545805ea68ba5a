package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;

import dev.tmj.format.json.ModelBinder.Dialect;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The names and ids of the objects {@link ModelBinder} creates, and the resolution of the references to them.
 */
final class References {
    final Names boundaries = new Names(o -> o instanceof Element e && e.type() == ElementType.BOUNDARY);
    final Names nodes = new Names(o -> o instanceof Element e && e.type() != ElementType.BOUNDARY
            && e.type() != ElementType.DATAFLOW);
    final Names flows = new Names(o -> o instanceof Element e && e.type() == ElementType.DATAFLOW);
    final Names data = new Names(o -> o instanceof Data);

    private final Dialect dialect;
    private final BindErrors errors;
    private final Supplier<Model> model;
    private final Map<String, Object> ids = new HashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();

    /** The references of a model under construction, which {@code model} returns once it is created. */
    References(Dialect dialect, BindErrors errors, Supplier<Model> model) {
        this.dialect = dialect;
        this.errors = errors;
        this.model = model;
    }

    /** Records a new object by its name and, in tmj's format, by the {@code id} its node gives. */
    void register(LocatedNode object, Object target, Names names) {
        names.add(nameOf(target), target);
        if (dialect != Dialect.TMJ) {
            return;
        }
        LocatedNode id = object.get("id");
        if (id == null) {
            return;
        }
        String text = ValueConverter.string(errors, id);
        if (text.isEmpty()) {
            throw errors.at(id, "an id must not be empty");
        }
        Integer first = idLines.putIfAbsent(text, id.line());
        if (first != null) {
            throw errors.at(id, "duplicate id \"" + text + "\" (first used on line " + first + ")");
        }
        ids.put(text, target);
    }

    /**
     * Records an object made by another format's reader, by its name and by the id that format gave it (OTM's
     * {@code id}), so that tmj's attributes carried in that format refer to it as {@link TmjModelWriter} wrote them.
     */
    void register(Object target, String id) {
        Names names = boundaries.accepts.test(target) ? boundaries : nodes.accepts.test(target) ? nodes
                : flows.accepts.test(target) ? flows : data;
        String name = nameOf(target);
        names.add(name, target);
        if (id != null && !id.equals(name)) {
            ids.putIfAbsent(id, target);
        }
    }

    /**
     * The object a reference names. tmj's format looks the text up as an {@code id} first; then both dialects
     * look it up by name: pytm's in the first namespace that has the name (elements before boundaries), tmj's in
     * all of them at once, so that a name two candidates share is an error rather than a guess.
     */
    Object resolve(LocatedNode ref, String what, Names... spaces) {
        if (!ref.is(LocatedNode.Kind.STRING)) {
            throw errors.at(ref, "expected the name of a " + what + ", got " + ref.describe());
        }
        String key = ref.text();
        if (dialect == Dialect.TMJ && ids.containsKey(key)) {
            Object target = ids.get(key);
            for (Names space : spaces) {
                if (space.accepts.test(target)) {
                    return target;
                }
            }
            throw errors.at(ref, "\"" + key + "\" is the id of " + label(target) + ", which is not a " + what);
        }
        // One match is the object itself: a list is made only when a name has several (an error).
        Object match = null;
        List<Object> matches = null;
        for (Names space : spaces) {
            Object named = space.byName.get(key);
            if (named != null) {
                if (match == null && matches == null && !(named instanceof Several)) {
                    match = named;
                } else {
                    if (matches == null) {
                        matches = new ArrayList<>();
                        if (match != null) {
                            matches.add(match);
                        }
                    }
                    Names.addTo(matches, named);
                }
                if (dialect == Dialect.PYTM) {
                    break;
                }
            }
        }
        if (matches == null && match != null) {
            return match;
        }
        if (matches != null && matches.size() > 1) {
            Model m = model.get();
            matches.sort(Comparator.comparingInt(o -> o instanceof Element e ? m.elements().indexOf(e)
                    : m.data().indexOf(o)));
            throw errors.at(ref, "more than one " + what + " is named \"" + key + "\" ("
                    + String.join(", ", matches.stream().map(this::label).toList()) + "); "
                    + (dialect == Dialect.TMJ ? "give them distinct \"id\"s and refer to one by its id"
                            : "a name must be unique to be referred to"));
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (Names space : spaces) {
            candidates.addAll(space.byName.keySet());
        }
        ids.forEach((id, target) -> {
            for (Names space : spaces) {
                if (space.accepts.test(target)) {
                    candidates.add(id);
                }
            }
        });
        throw errors.at(ref, "no " + what + " named \"" + key + "\"" + BindErrors.suggestion(key, candidates));
    }

    private static String nameOf(Object target) {
        return target instanceof Element e ? e.name() : ((Data) target).name();
    }

    /**
     * An object's label as it was when it was registered (an attribute bound later may rename it), for errors only:
     * its registered name is found among the names rather than kept per object, a string each for 70,000 objects.
     */
    private String label(Object target) {
        for (Names space : List.of(boundaries, nodes, flows, data)) {
            for (Map.Entry<String, Object> e : space.byName.entrySet()) {
                Object named = e.getValue();
                if (named == target || named instanceof Several several && several.stream().anyMatch(o -> o == target)) {
                    return target instanceof Element element ? element.type().pytmName() + "(" + e.getKey() + ")"
                            : "Data(" + e.getKey() + ")";
                }
            }
        }
        return target instanceof Element element ? element.label() : ((Data) target).label();
    }

    /** The objects that share a name, in the order registered (a name has one object, or a list of them). */
    private static final class Several extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }

    /** The objects of one kind by name: the object itself, or {@link Several} when a name is given more than once. */
    static final class Names {
        Map<String, Object> byName = new LinkedHashMap<>();
        final Predicate<Object> accepts;

        Names(Predicate<Object> accepts) {
            this.accepts = accepts;
        }

        /**
         * Makes room for this many names before the first is added: 50,000 flows' names otherwise rehash the map
         * thirteen times as it grows.
         */
        void expect(int count) {
            if (byName.isEmpty()) {
                byName = new LinkedHashMap<>((int) Math.ceil(count / 0.75));
            }
        }

        void add(String name, Object target) {
            Object named = byName.putIfAbsent(name, target);
            if (named instanceof Several several) {
                several.add(target);
            } else if (named != null) {
                Several several = new Several();
                several.add(named);
                several.add(target);
                byName.put(name, several);
            }
        }

        /** Adds what {@link #byName} holds for a name to a list. */
        static void addTo(List<Object> matches, Object named) {
            if (named instanceof Several several) {
                matches.addAll(several);
            } else {
                matches.add(named);
            }
        }
    }
}
