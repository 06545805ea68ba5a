package dev.tmj.format.script;

import dev.tmj.model.Element;
import dev.tmj.model.ModelObject;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.Schemas;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.Suggestions;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes that pytm's classes do not define ({@code web.isHardened = True}, {@code Data(traverses=[...])},
 * {@code classificaion=}). pytm stores them and ignores them, so the script keeps pytm's findings; tmj does the
 * same and warns once per class and attribute, naming the attribute meant when one is likely: a control set on
 * the element (pytm 1.4 moved controls to {@code element.controls}) or a slip of an attribute's spelling.
 * In strict mode (the command line's {@code --strict}) each one is an error instead, with the same words and
 * {@value #STRICT} after them; the script still runs on, so that all of them are reported together.
 * This is the one place that decides, for every reader of the command line.
 */
final class ExtraAttributes {
    private final ScriptInterpreter script;
    private final boolean strict;
    private final Set<String> warned = new HashSet<>();

    /** Closes an error that is a warning in a read that is not strict. */
    static final String STRICT = " (--strict)";

    ExtraAttributes(ScriptInterpreter script, boolean strict) {
        this.script = script;
        this.strict = strict;
    }

    /** Stores the attribute as pytm does and warns, or refuses it in strict mode. */
    void set(ModelObject owner, String name, Object value, int line, int column) {
        String type = owner.schema().typeName();
        String hint = meant(owner, name).map(s -> "; did you mean '" + s + "'?").orElse("");
        SourceLocation location = script.location(line, column);
        owner.setExtra(name, value, location);
        warn(type, name, hint, line, column);
    }

    /** The warning, once per class and attribute; in strict mode an error at each place. */
    private void warn(String type, String name, String hint, int line, int column) {
        String message = type + " has no attribute '" + name + "'; pytm ignores it" + hint;
        if (strict) {
            script.report(new SourceException(script.file(), line, column, message + STRICT));
        } else if (warned.add(type + "." + name)) {
            script.model().warn(new ModelWarning(script.location(line, column), message));
        }
    }

    /** An attribute that is not even stored (pytm's Assumption keeps it, but tmj's Assumption has no place). */
    void ignore(String type, Collection<String> attributes, String name, int line, int column) {
        String hint = Suggestions.likelySlip(name, attributes).map(s -> "; did you mean '" + s + "'?").orElse("");
        warn(type, name, hint, line, column);
    }

    /**
     * The attribute probably meant: on an element, a control of that name in any spelling is {@code controls.X};
     * else the owner's attribute that the name is a likely slip of; else, on an element, a control it is a slip of.
     */
    static Optional<String> meant(ModelObject owner, String name) {
        List<String> controls = owner instanceof Element ? Schemas.CONTROLS.names() : List.of();
        Optional<String> control = controls.stream().filter(c -> sameName(name, c)).findFirst();
        if (control.isPresent()) {
            return control.map(c -> "controls." + c);
        }
        return Suggestions.likelySlip(name, owner.schema().names())
                .or(() -> Suggestions.likelySlip(name, controls).map(c -> "controls." + c));
    }

    private static boolean sameName(String a, String b) {
        return a.replace("_", "").equalsIgnoreCase(b.replace("_", ""));
    }
}
