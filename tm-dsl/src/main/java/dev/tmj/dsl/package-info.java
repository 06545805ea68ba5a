/**
 * A fluent Java DSL that reads like a pytm script: {@link dev.tmj.dsl.ThreatModel} creates elements whose
 * classes offer one setter per pytm attribute, so a misspelt attribute fails at compile time.
 * <p>
 * Each handle is named after the pytm class it declares plus {@code Spec}: {@code tm.server("Web")} gives a
 * {@link dev.tmj.dsl.ServerSpec}, {@code tm.data("Card")} a {@link dev.tmj.dsl.DataSpec}, {@code controls(c -> ...)}
 * a {@link dev.tmj.dsl.ControlsSpec}. The suffix keeps them apart from the model classes they build
 * ({@link dev.tmj.model.Element}, {@link dev.tmj.model.Data}) and from {@code java.lang.Process}. The self-typed
 * bases that hold shared attributes are the {@code Abstract...Spec} classes; a parameter that takes any element
 * is an {@link dev.tmj.dsl.AbstractElementSpec AbstractElementSpec&lt;?&gt;}.
 * <p>
 * Public API. Builds a {@link dev.tmj.model.Model}; resolving delegates to {@link dev.tmj.resolve.Resolver}.
 */
package dev.tmj.dsl;
