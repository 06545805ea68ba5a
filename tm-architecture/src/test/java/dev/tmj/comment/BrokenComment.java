package dev.tmj.comment;

/**
 * Breaks the rules on purpose (see EveryRuleCanFailTest): a comment renders with tm-render and opens its own
 * connection instead of going through dev.tmj.http.
 */
class BrokenComment {
    dev.tmj.render.Outputs outputs;
    java.net.http.HttpClient client;
}
