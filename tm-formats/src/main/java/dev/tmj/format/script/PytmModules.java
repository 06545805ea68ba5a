package dev.tmj.format.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modules of pytm 1.4.0's package that a script may import from, and the pytm names each one binds, as its
 * source does ({@code pytm/asset.py} imports {@code Element} and {@code DataSet}, so {@code from pytm.asset import
 * Element} works in pytm and here). Only names tmj knows are listed: a module's private helpers stay unknown.
 */
final class PytmModules {
    /** The names of {@code pytm/__init__.py} that tmj knows; {@code pytm.pytm} imports the same set. */
    private static final List<String> PACKAGE = List.copyOf(PytmSymbol.exported().keySet());

    private static final Map<String, List<String>> MODULES = modules();

    private PytmModules() {
    }

    private static Map<String, List<String>> modules() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("pytm", PACKAGE);
        map.put("pytm.pytm", PACKAGE);
        map.put("pytm.actor", List.of("Actor", "DataSet", "Element"));
        map.put("pytm.asset", List.of("Agent", "Asset", "DataSet", "Element", "ExternalEntity", "LLM", "Lambda",
                "Server"));
        map.put("pytm.base", List.of("Assumption", "Controls", "DataSet"));
        map.put("pytm.boundary", List.of("Boundary", "Element"));
        map.put("pytm.data", List.of("Classification", "Data", "Lifetime"));
        map.put("pytm.dataflow", List.of("Classification", "DataSet", "Dataflow", "Element", "TLSVersion"));
        map.put("pytm.datastore", List.of("Asset", "Datastore", "DatastoreType"));
        map.put("pytm.element", List.of("Assumption", "Classification", "Controls", "Element", "TLSVersion"));
        map.put("pytm.enums", List.of("Action", "Classification", "DatastoreType", "Lifetime", "TLSVersion"));
        map.put("pytm.finding", List.of("Assumption", "Finding"));
        // flows.py imports Dataflow under the name DF.
        map.put("pytm.flows", List.of("DF", "Element", "req_reply", "reply"));
        map.put("pytm.process", List.of("Asset", "Process", "SetOfProcesses"));
        map.put("pytm.threat", List.of("Threat"));
        map.put("pytm.tm", List.of("Action", "Assumption", "TM"));
        return map;
    }

    static boolean exists(String module) {
        return MODULES.containsKey(module);
    }

    /** Every name of a module, as {@code from module import *} binds them. */
    static Map<String, PytmSymbol> names(String module) {
        Map<String, PytmSymbol> names = new LinkedHashMap<>();
        for (String name : MODULES.get(module)) {
            names.put(name, symbol(name));
        }
        return names;
    }

    /** A name of a module: a pytm symbol, or null when the module does not bind it. */
    static Optional<PytmSymbol> find(String module, String name) {
        return MODULES.get(module).contains(name) ? Optional.of(symbol(name)) : Optional.empty();
    }

    /** A submodule reached as an attribute or imported with {@code from pytm import flows}. */
    static Optional<String> submodule(String module, String name) {
        String full = module + "." + name;
        return module.equals("pytm") && MODULES.containsKey(full) ? Optional.of(full) : Optional.empty();
    }

    private static PytmSymbol symbol(String name) {
        if (name.equals("DF")) {
            return PytmSymbol.find("Dataflow").orElseThrow();
        }
        return PytmSymbol.find(name).or(() -> PytmSymbol.flowHelper(name)).orElseThrow();
    }
}
