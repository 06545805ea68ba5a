package dev.tmj.sequence;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): the sequence diagram uses Graphviz. */
class BrokenSequence {
    guru.nidi.graphviz.engine.Graphviz graphviz;
}
