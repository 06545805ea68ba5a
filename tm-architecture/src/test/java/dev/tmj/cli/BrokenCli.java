package dev.tmj.cli;

/**
 * Breaks the rules on purpose (see EveryRuleCanFailTest): the command line uses the test support, and queries the
 * history database itself instead of through HistoryStore.
 */
class BrokenCli {
    dev.tmj.test.ThreatModelExtension extension;
    java.sql.Connection connection;
}
