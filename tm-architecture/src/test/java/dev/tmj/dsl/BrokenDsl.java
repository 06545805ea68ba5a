package dev.tmj.dsl;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): the DSL reads files, and uses AssertJ. */
class BrokenDsl {
    dev.tmj.format.ModelFiles.Kind kind;
    org.assertj.core.api.Assertions assertions;
}
