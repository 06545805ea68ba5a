/**
 * Internal to tm-core: {@link dev.tmj.model.internal.ModelInternals}, the model's unchecked mutators that only the
 * model check and the resolver ({@code dev.tmj.resolve}) use. Not exported by the module {@code dev.tmj.core};
 * not API.
 */
package dev.tmj.model.internal;
