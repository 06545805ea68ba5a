package dev.tmj.model;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): the core uses the DSL, the model uses the resolver. */
class BrokenModel {
    dev.tmj.dsl.ThreatModel dsl;
    dev.tmj.resolve.Findings findings;
}
