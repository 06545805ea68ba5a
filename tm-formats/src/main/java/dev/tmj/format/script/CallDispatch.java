package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptValues.didYouMean;
import static dev.tmj.format.script.ScriptValues.dotted;
import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.model.Model;
import dev.tmj.python.Expr;

/**
 * Decides what a call calls: a builtin, the script's own function or lambda, a method of a str, list or dict, a
 * function of {@code os.path}, or one of pytm's classes and helpers ({@link Constructors}); {@code tm.process()}
 * is ignored, and Python's builtins that reach outside the script are refused with why.
 */
final class CallDispatch {
    private final ScriptInterpreter script;
    private final Constructors constructors;

    CallDispatch(ScriptInterpreter script, Constructors constructors) {
        this.script = script;
        this.constructors = constructors;
    }

    /** The constructed object, or null for {@code tm.process()}. */
    Object call(Expr.Call call) {
        Expr func = call.func();
        if (func instanceof Expr.Name name && !script.isBound(name.id())) {
            if (Builtins.isFunction(name.id())) {
                return script.builtins().function(name.id(), Calls.evaluate(script, call), call);
            }
            String forbidden = Builtins.forbidden(name.id());
            if (forbidden != null) {
                throw script.error(call, forbidden);
            }
        }
        if (func instanceof Expr.Name name && isCallable(script.bound(name.id()))) {
            return script.callValue(script.bound(name.id()), Calls.evaluate(script, call), call);
        }
        Object receiver = null;
        if (func instanceof Expr.Attribute attribute) {
            receiver = script.evaluate(attribute.value());
            if (Builtins.hasMethods(receiver)) {
                return script.builtins().method(receiver, attribute, Calls.evaluate(script, call), call);
            }
            if (receiver instanceof StdModules.StdModule module) {
                return script.callValue(script.attribute(module, attribute.attr(), attribute),
                        Calls.evaluate(script, call), call);
            }
        } else if (!(func instanceof Expr.Name)) {
            Object callee = script.evaluate(func);
            if (!isCallable(callee)) {
                throw script.error(call, "'" + dev.tmj.python.value.Py.typeName(callee) + "' object is not callable");
            }
            return script.callValue(callee, Calls.evaluate(script, call), call);
        }
        PytmSymbol symbol = callee(call, receiver);
        if (symbol == null) {
            return null;
        }
        return constructors.construct(symbol, call);
    }

    /** A function of the script's, a lambda, or a builtin taken as a value. */
    static boolean isCallable(Object value) {
        return value instanceof ScriptFunction || value instanceof BuiltinFunction;
    }

    private PytmSymbol callee(Expr.Call call, Object receiver) {
        Expr func = call.func();
        if (func instanceof Expr.Attribute attribute) {
            if (receiver instanceof PytmSymbol.Module module) {
                if (script.moduleAttribute(module, attribute) instanceof PytmSymbol symbol) {
                    return symbol;
                }
                throw script.error(call, "'" + dotted(func) + "' is a module, not a pytm class");
            }
            if (receiver instanceof Model && attribute.attr().equals("process")) {
                if (!call.args().isEmpty() || !call.keywords().isEmpty()) {
                    throw script.error(call, "tm.process() takes no arguments here: tmj's command line does the "
                            + "processing");
                }
                return null;
            }
            throw script.error(call, unsupported("calls to '" + dotted(func) + "' are not supported"));
        }
        if (!(func instanceof Expr.Name name)) {
            throw script.error(call, unsupported("calls to this kind of expression are not supported"));
        }
        String id = name.id();
        if (script.isBound(id)) {
            if (script.bound(id) instanceof PytmSymbol symbol) {
                return symbol;
            }
            throw script.error(call, "'" + dev.tmj.python.value.Py.typeName(script.bound(id))
                    + "' object is not callable");
        }
        if (PytmSymbol.find(id).isPresent()) {
            throw script.error(call, "name '" + id + "' is not defined: import it with 'from pytm import " + id + "'");
        }
        String suggestion = didYouMean(id, PytmSymbol.constructorNames());
        if (!suggestion.isEmpty()) {
            throw script.error(call, "'" + id + "' is not a pytm class" + suggestion);
        }
        throw script.error(call, unsupported("calls to '" + id + "' are not supported"));
    }
}
