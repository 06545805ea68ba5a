/**
 * Example threat models written with the Java DSL, and the code whose tests mitigate their threats. As a module it
 * also shows that a model compiles against the DSL's exports alone.
 */
module dev.tmj.examples {
    requires transitive dev.tmj.dsl;

    exports dev.tmj.examples;
    exports dev.tmj.examples.code;
}
