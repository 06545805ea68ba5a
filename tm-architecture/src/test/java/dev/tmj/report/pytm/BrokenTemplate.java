package dev.tmj.report.pytm;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): pytm's templates use mustache.java. */
class BrokenTemplate {
    com.github.mustachejava.Mustache mustache;
}
