package dev.tmj.format;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): a file format renders. */
class BrokenFormat {
    dev.tmj.render.Outputs outputs;
}
