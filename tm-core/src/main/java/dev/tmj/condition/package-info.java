/**
 * The safe condition language: pytm's Python-expression conditions, checked against the model schemas and
 * compiled once into a tree of evaluator nodes.
 * <p>
 * Public API: {@link dev.tmj.condition.Condition}, {@link dev.tmj.condition.ConditionException} (load time) and
 * {@link dev.tmj.condition.EvaluationException} (run time). Everything else is internal. Conditions reach the
 * model through interned attribute ids only: no reflection, no class loading, no I/O.
 */
package dev.tmj.condition;
