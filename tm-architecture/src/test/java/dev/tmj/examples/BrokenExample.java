package dev.tmj.examples;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): an example model renders outputs itself. */
class BrokenExample {
    dev.tmj.render.Outputs outputs;
}
