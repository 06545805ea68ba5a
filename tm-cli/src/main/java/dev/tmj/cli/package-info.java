/**
 * The {@code tmj} command line: one picocli command ({@code TmjCommand}) with pytm's flags over tm-formats'
 * readers, tm-core's resolver and tm-render's outputs.
 * <p>
 * Internal: an application, not a library. {@link dev.tmj.cli.Main} is the entry point; the module
 * {@code dev.tmj.cli} exports nothing and opens this package to picocli only.
 */
package dev.tmj.cli;
