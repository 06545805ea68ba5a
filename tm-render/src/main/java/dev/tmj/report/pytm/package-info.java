/**
 * pytm's report template language: {@link dev.tmj.report.pytm.PytmTemplate} renders pytm's {@code --report}
 * templates (Python {@code str.format} with pytm's {@code repeat:}, {@code call:}, {@code if:} and {@code not:})
 * over a resolved model, with pytm's names, helpers, value printing and escaping.
 */
package dev.tmj.report.pytm;
