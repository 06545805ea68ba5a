package dev.tmj.condition;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): a condition loads a class by name. */
class BrokenCondition {
    Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name);
    }
}
