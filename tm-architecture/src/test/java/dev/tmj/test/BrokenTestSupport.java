package dev.tmj.test;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): the test support reads model files itself. */
class BrokenTestSupport {
    dev.tmj.format.ModelFiles.Kind kind;
}
