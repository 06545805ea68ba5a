/**
 * The Python expression syntax that threat conditions and pytm model scripts share: a tokenizer and a
 * recursive-descent parser producing an immutable syntax tree ({@link dev.tmj.python.Expr}).
 * <p>
 * Public for tmj's readers; it parses, it never evaluates.
 */
package dev.tmj.python;
