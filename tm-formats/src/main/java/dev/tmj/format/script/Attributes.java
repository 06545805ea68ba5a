package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.unsupported;

import dev.tmj.model.Attribute;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ModelObject;
import dev.tmj.model.SourceException;
import dev.tmj.model.TmjException;
import dev.tmj.python.Expr;
import java.util.List;
import java.util.Optional;

/**
 * Reads and sets attributes: of model objects through their schemas (or as extra attributes pytm stores and
 * ignores), of pytm's modules and enums, and of {@code os}, {@code os.path} and {@code sys}; refuses dunder names
 * and reading findings, which tmj computes after the script has run.
 */
final class Attributes {
    private final ScriptInterpreter script;

    Attributes(ScriptInterpreter script) {
        this.script = script;
    }

    /**
     * Sets an attribute of a model object, converting the value by the attribute's type; errors name the
     * object and are reported at {@code line:column}.
     */
    void setAttribute(Object owner, String name, Object value, int line, int column) {
        refuseDunder(name, line, column);
        if (!(owner instanceof ModelObject object)) {
            throw script.error(line, column, "cannot set attribute '" + name + "' on " + ScriptValues.describe(owner)
                    + ": attributes can be set only on the TM, elements, Data and controls");
        }
        try {
            if (owner instanceof Element element && name.equals("name")) {
                throw new TmjException("cannot overwrite " + element.type().pytmName() + ".name value");
            }
            Optional<Attribute> defined = object.schema().find(name);
            if (defined.isEmpty()) {
                script.extras().set(object, name, value, line, column);
                return;
            }
            Attribute attribute = defined.get();
            if (name.equals("controls")) {
                throw new TmjException("assigning to 'controls' is not supported: set single controls, "
                        + "for example web.controls.isHardened = True");
            }
            Coercion.set(object, object.label(), attribute, value, text -> undefinedData(text, line, column));
        } catch (SourceException e) {
            throw e;
        } catch (TmjException e) {
            throw script.error(line, column, e.getMessage());
        }
    }

    /** pytm turns {@code flow.data = "text"} into a Data named "undefined" described by the text. */
    private Data undefinedData(String text, int line, int column) {
        Data data = script.model().data("undefined").set("description", text);
        data.locatedAt(script.location(line, column));
        return data;
    }

    Object getAttribute(Object owner, Expr.Attribute expr) {
        return attribute(owner, expr.attr(), expr);
    }

    /** {@code owner.name}, reported at {@code expr}; also for getattr(). */
    Object attribute(Object owner, String name, Expr expr) {
        refuseDunder(name, expr.line(), expr.column());
        if (owner instanceof PytmSymbol.Module module) {
            return moduleAttribute(module, name, expr);
        }
        if (owner instanceof StdModules.StdModule module) {
            return script.stdModules().attribute(module, name)
                    .orElseThrow(() -> script.error(expr, StdModules.refusal(module, name)));
        }
        if (owner instanceof ScriptPath path) {
            return script.stdModules().pathAttribute(path, name).orElseThrow(() -> script.error(expr,
                    "'Path." + name + "' is not supported: a model script's paths are names only"));
        }
        if (owner instanceof ModelObject && name.equals("findings")) {
            throw script.error(expr, "reading 'findings' in the script is not supported: tmj finds the threats after the "
                    + "script has run and writes the findings itself (--json, --report, ...)");
        }
        if (owner instanceof PytmSymbol symbol && symbol.kind() == PytmSymbol.Kind.ENUM) {
            return symbol.member(name).orElseThrow(() -> script.error(expr, symbol.name() + " has no member '" + name + "'"
                    + ScriptValues.didYouMean(name, symbol.memberNames())));
        }
        if (owner instanceof ModelObject object) {
            if (object.schema().find(name).isEmpty() && object.extraValue(name) != ModelObject.MISSING) {
                return object.extraValue(name);
            }
            try {
                Object value = object.get(name);
                if (value instanceof List<?> items && object.schema().find(name).isPresent()) {
                    return new ScriptValues.ModelList(items, changed -> setAttribute(object, name,
                            ScriptValues.list(changed), expr.line(), expr.column()));
                }
                return value;
            } catch (TmjException e) {
                throw script.error(expr, e.getMessage());
            }
        }
        throw script.error(expr, unsupported("reading attribute '" + name + "' of " + ScriptValues.describe(owner)
                + " is not supported"));
    }

    /** {@code pytm.Server} after {@code import pytm}, a submodule such as {@code pytm.flows}, or its names. */
    Object moduleAttribute(PytmSymbol.Module module, Expr.Attribute expr) {
        return moduleAttribute(module, expr.attr(), expr);
    }

    Object moduleAttribute(PytmSymbol.Module module, String attr, Expr expr) {
        String name = module.name();
        return PytmModules.submodule(name, attr).<Object>map(PytmSymbol.Module::new)
                .or(() -> PytmModules.find(name, attr))
                .orElseThrow(() -> script.error(expr, "module '" + name + "' has no attribute '" + attr + "'"
                        + ScriptValues.didYouMean(attr, PytmModules.names(name).keySet())));
    }

    /** Python's internals ({@code __class__}, {@code __dict__} ...) stay out of a script's reach. */
    void refuseDunder(String name, int line, int column) {
        if (name.startsWith("__") && name.endsWith("__")) {
            throw script.error(line, column, "the attribute '" + name + "' is not supported: a model script cannot reach "
                    + "Python's internals");
        }
    }
}
