/**
 * The application code that the examples' threat-model tests exercise as evidence that a threat is mitigated
 * ({@code @Mitigates}).
 * <p>
 * Examples to read and copy, not a library.
 */
package dev.tmj.examples.code;
