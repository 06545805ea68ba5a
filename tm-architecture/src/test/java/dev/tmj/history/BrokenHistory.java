package dev.tmj.history;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): the history renders a report with tm-render itself. */
class BrokenHistory {
    dev.tmj.render.Outputs outputs;
}
