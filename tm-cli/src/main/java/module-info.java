/**
 * The {@code tmj} command line. Exports nothing: it is an application ({@code dev.tmj.cli.Main}), run from the
 * shaded jar {@code tmj.jar} on the class path or as this module.
 */
module dev.tmj.cli {
    requires dev.tmj.core;
    requires dev.tmj.formats;
    requires dev.tmj.render;
    requires dev.tmj.integrations;
    requires dev.tmj.history;
    requires info.picocli;

    // picocli sets the annotated option fields and creates the version provider reflectively.
    opens dev.tmj.cli to info.picocli;
}
