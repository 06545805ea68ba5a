package dev.tmj.threat;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): a threat stores computed values in the model. */
class BrokenThreat {
    dev.tmj.model.internal.ModelInternals internals;
}
