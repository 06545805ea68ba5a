package dev.tmj.format.script;

import static dev.tmj.format.script.ScriptParser.unsupported;

/**
 * Runs {@code import} and {@code from ... import}: pytm and its modules ({@link PytmModules}), {@code os},
 * {@code os.path} and {@code sys} ({@link StdModules}); any other module is refused.
 */
final class Imports {
    private final ScriptInterpreter script;

    Imports(ScriptInterpreter script) {
        this.script = script;
    }

    /** {@code import pytm}, {@code import pytm.flows} (binds {@code pytm}), {@code import pytm.flows as f}. */
    void importModule(Stmt.Import imp) {
        if (StdModules.exists(imp.module())) {
            // import os.path binds os, as Python does; import os.path as p binds the submodule.
            String bound = imp.alias() == null ? imp.module().split("\\.")[0] : imp.module();
            script.scope().put(imp.alias() == null ? bound : imp.alias(), new StdModules.StdModule(bound));
            return;
        }
        if (!PytmModules.exists(imp.module())) {
            throw script.error(imp.line(), imp.column(),
                    unsupported("importing module '" + imp.module() + "' is not supported"));
        }
        if (imp.alias() == null) {
            script.scope().put("pytm", new PytmSymbol.Module("pytm"));
        } else {
            script.scope().put(imp.alias(), new PytmSymbol.Module(imp.module()));
        }
    }

    void importNames(Stmt.FromImport from) {
        String module = from.module();
        if (module.equals("__future__")) {
            return;
        }
        if (StdModules.exists(module)) {
            importStandardNames(from);
            return;
        }
        if (!PytmModules.exists(module)) {
            throw script.error(from.moduleLine(), from.moduleColumn(),
                    unsupported("importing module '" + module + "' is not supported"));
        }
        if (from.star()) {
            script.scope().putAll(PytmModules.names(module));
            return;
        }
        for (Stmt.ImportedName name : from.names()) {
            // A wrong name is reported and marked failed, and the statement's other names are still imported.
            Object value = PytmModules.submodule(module, name.name()).<Object>map(PytmSymbol.Module::new)
                    .or(() -> PytmModules.find(module, name.name())).orElse(ScriptInterpreter.FAILED);
            if (value == ScriptInterpreter.FAILED) {
                script.report(script.error(name.line(), name.column(), "cannot import name '" + name.name()
                        + "' from '" + module + "'" + elsewhere(name.name(), module)));
            }
            script.scope().put(name.alias() == null ? name.name() : name.alias(), value);
        }
    }

    /** {@code from os import path}, {@code from os.path import join}, {@code from sys import argv}. */
    private void importStandardNames(Stmt.FromImport from) {
        StdModules.StdModule module = new StdModules.StdModule(from.module());
        if (from.star()) {
            throw script.error(from.moduleLine(), from.moduleColumn(), unsupported("'from " + from.module()
                    + " import *' is not supported: import the names you use"));
        }
        for (Stmt.ImportedName name : from.names()) {
            Object value = script.stdModules().attribute(module, name.name())
                    .orElseThrow(() -> script.error(name.line(), name.column(), StdModules.refusal(module, name.name())));
            script.scope().put(name.alias() == null ? name.name() : name.alias(), value);
        }
    }

    /** Where to import a pytm name that this module does not bind, or the closest name it does bind. */
    private static String elsewhere(String name, String module) {
        if (PytmSymbol.find(name).isPresent()) {
            return "; import it from 'pytm'";
        }
        return ScriptValues.didYouMean(name, PytmModules.names(module).keySet());
    }
}
