package dev.tmj.iac.hcl;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): an IaC reader uses tm-formats, and fetches a URL. */
class BrokenIac {
    dev.tmj.format.ModelFiles.Kind kind;
    java.net.URL remoteModule;
}
