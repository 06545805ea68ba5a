/**
 * From model to findings: pytm's {@code check()} (ordering, response links, flow defaults, duplicates) on a
 * copy of the model, then {@code resolve()} (every in-scope element against the threats that target it).
 * <p>
 * Public API: {@link dev.tmj.resolve.Resolver}, {@link dev.tmj.resolve.Findings},
 * {@link dev.tmj.resolve.Finding}, {@link dev.tmj.resolve.CheckedModel}.
 */
package dev.tmj.resolve;
