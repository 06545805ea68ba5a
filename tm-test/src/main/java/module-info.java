/**
 * Testing threat models: AssertJ assertions and the JUnit 5 extension. Its API extends AssertJ's and JUnit's and
 * hands out the DSL's and tm-core's types, so it requires them transitively.
 */
module dev.tmj.test {
    requires transitive dev.tmj.dsl;
    requires transitive dev.tmj.core;
    requires dev.tmj.render;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;

    exports dev.tmj.test;
}
