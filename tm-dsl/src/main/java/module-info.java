/** The fluent Java DSL for threat models; its API hands out tm-core's model, so it requires tm-core transitively. */
module dev.tmj.dsl {
    requires transitive dev.tmj.core;

    exports dev.tmj.dsl;
}
