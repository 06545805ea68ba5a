package dev.tmj.resolve;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): Jackson outside a reader or writer. */
class BrokenJson {
    com.fasterxml.jackson.core.JsonFactory json;
}
