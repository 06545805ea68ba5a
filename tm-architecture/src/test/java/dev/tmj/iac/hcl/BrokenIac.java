package dev.tmj.iac.hcl;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): an IaC reader uses tm-formats, fetches a URL, and
 * reads YAML with snakeyaml-engine outside the IaC YAML reader. */
class BrokenIac {
    dev.tmj.format.ModelFiles.Kind kind;
    java.net.URL remoteModule;
    org.snakeyaml.engine.v2.api.LoadSettings yamlSettings;
}
