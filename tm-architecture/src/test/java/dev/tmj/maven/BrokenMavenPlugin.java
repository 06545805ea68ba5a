package dev.tmj.maven;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): the Maven plugin uses the command line. */
class BrokenMavenPlugin {
    dev.tmj.cli.Main cli;
}
