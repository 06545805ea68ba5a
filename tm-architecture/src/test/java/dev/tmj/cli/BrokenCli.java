package dev.tmj.cli;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): the command line uses the test support. */
class BrokenCli {
    dev.tmj.test.ThreatModelExtension extension;
}
