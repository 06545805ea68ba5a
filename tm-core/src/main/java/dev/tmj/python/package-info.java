/**
 * The Python expression syntax that threat conditions and pytm model scripts share: a tokenizer and a
 * recursive-descent parser producing an immutable syntax tree ({@link dev.tmj.python.Expr}).
 * <p>
 * Internal: it parses, it never evaluates. The module {@code dev.tmj.core} exports it only to tmj's script reader
 * ({@code dev.tmj.formats}); the condition compiler uses it inside the core.
 */
package dev.tmj.python;
