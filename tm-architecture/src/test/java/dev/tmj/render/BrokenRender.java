package dev.tmj.render;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): a renderer uses the DSL and picocli. */
class BrokenRender {
    dev.tmj.dsl.ThreatModel dsl;
    picocli.CommandLine commandLine;
}
