/**
 * A fluent Java DSL that reads like a pytm script: {@link dev.tmj.dsl.ThreatModel} creates elements whose
 * classes offer one setter per pytm attribute, so a misspelt attribute fails at compile time.
 * <p>
 * Public API. Builds a {@link dev.tmj.model.Model}; resolving delegates to {@link dev.tmj.resolve.Resolver}.
 */
package dev.tmj.dsl;
