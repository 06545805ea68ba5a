/**
 * tmj's core: the model and its schemas, the condition language, threat libraries, the model check, the resolver,
 * the pipeline entry point and the output contract. Depends on no other tmj module.
 * <p>
 * Exported API: {@code dev.tmj.model}, {@code dev.tmj.condition}, {@code dev.tmj.threat}, {@code dev.tmj.resolve},
 * {@code dev.tmj.pipeline}, {@code dev.tmj.output}, {@code dev.tmj.gate}, {@code dev.tmj.diff}. Internal packages
 * that sibling tmj modules build on are exported
 * to them alone: the Python expression syntax ({@code dev.tmj.python}) to the script reader, Python's value rules
 * ({@code dev.tmj.python.value}) to the script reader, the template engine and {@code --describe}, the I/O helpers
 * ({@code dev.tmj.io}) to the readers, writers, the ticket bodies, the command line and tm-test (log lines). {@code dev.tmj.model.internal} (the model's
 * unchecked mutators) is not exported at all.
 */
// The qualified exports name tmj modules that are compiled after this one.
@SuppressWarnings("module")
module dev.tmj.core {
    // Threat libraries are streamed with Jackson's parser (ThreatJsonReader); no Jackson type is part of the API.
    requires com.fasterxml.jackson.core;

    exports dev.tmj.model;
    exports dev.tmj.condition;
    exports dev.tmj.threat;
    exports dev.tmj.resolve;
    exports dev.tmj.pipeline;
    exports dev.tmj.output;
    exports dev.tmj.gate;
    exports dev.tmj.diff;

    exports dev.tmj.python to dev.tmj.formats;
    exports dev.tmj.python.value to dev.tmj.formats, dev.tmj.render, dev.tmj.cli;
    exports dev.tmj.io to dev.tmj.iac, dev.tmj.formats, dev.tmj.render, dev.tmj.integrations, dev.tmj.cli, dev.tmj.test;
}
