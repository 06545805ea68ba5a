package dev.tmj.format.script;

import dev.tmj.model.Assumption;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.python.Expr;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyTuple;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code isinstance} for Python's builtin types and pytm's classes, and {@code hasattr getattr setattr} on model
 * objects, with a str attribute name that is never a dunder name: the same attribute reads and writes as
 * {@code obj.name} and {@code obj.name = value}.
 */
final class Reflection {
    static final Set<String> NAMES = Set.of("isinstance", "hasattr", "getattr", "setattr");

    private final ScriptInterpreter script;

    Reflection(ScriptInterpreter script) {
        this.script = script;
    }

    Object call(String name, Args args, Expr at) {
        args.onlyKeywords(script, name, List.of(), at);
        if (name.equals("isinstance")) {
            args.arity(script, name, 2, 2, at);
            return isInstance(args.get(0), args.get(1), at);
        }
        args.arity(script, name, name.equals("hasattr") ? 2 : name.equals("getattr") ? 2 : 3,
                name.equals("hasattr") ? 2 : 3, at);
        Object owner = args.get(0);
        if (!(args.get(1) instanceof String attribute)) {
            throw script.error(at, name + "(): attribute name must be string, not '" + Py.typeName(args.get(1))
                    + "'");
        }
        script.refuseDunder(attribute, at.line(), at.column());
        if (!(owner instanceof ModelObject object)) {
            throw script.error(at, ScriptParser.unsupported(name + "() is supported on the TM, elements, Data and "
                    + "controls only, not on " + ScriptValues.describe(owner)));
        }
        boolean present = object.schema().find(attribute).isPresent()
                || object.extraValue(attribute) != ModelObject.MISSING;
        return switch (name) {
            case "hasattr" -> present && !attribute.equals("findings");
            case "getattr" -> present || args.size() == 2 ? script.attribute(owner, attribute, at) : args.get(2);
            default -> {
                script.setAttribute(owner, attribute, args.get(2), at.line(), at.column());
                yield null;
            }
        };
    }

    private boolean isInstance(Object value, Object type, Expr at) {
        if (type instanceof PyTuple tuple) {
            for (Object each : tuple.items()) {
                if (isInstance(value, each, at)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof BuiltinFunction builtin) {
            return switch (builtin.name()) {
                case "str" -> value instanceof String;
                case "int" -> value instanceof Long || value instanceof Boolean;
                case "float" -> value instanceof Double;
                case "bool" -> value instanceof Boolean;
                case "list" -> value instanceof List<?>;
                case "tuple" -> value instanceof PyTuple;
                case "dict" -> value instanceof Map<?, ?>;
                case "set", "frozenset" -> value instanceof Set<?>;
                default -> throw notAType(type, at);
            };
        }
        if (type instanceof PytmSymbol symbol) {
            return switch (symbol.kind()) {
                case ELEMENT -> value instanceof Element element && element.type().isA(symbol.elementType());
                case DATAFLOW -> value instanceof Element element && element.isDataflow();
                case DATA -> value instanceof Data;
                case TM -> value instanceof Model;
                case ASSUMPTION -> value instanceof Assumption;
                case FINDING -> value instanceof FindingOverride;
                case ENUM -> value instanceof Enum<?> e && e.getDeclaringClass() == symbol.enumType();
                default -> false;
            };
        }
        throw notAType(type, at);
    }

    private dev.tmj.model.SourceException notAType(Object type, Expr at) {
        return script.error(at, "isinstance() arg 2 must be a type, a tuple of types or a pytm class, not "
                + ScriptValues.describe(type));
    }
}
