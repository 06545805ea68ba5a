package dev.tmj.bench;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): a benchmark uses the DSL. */
class BrokenBench {
    dev.tmj.dsl.ThreatModel dsl;
}
