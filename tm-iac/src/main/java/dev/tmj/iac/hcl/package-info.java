/**
 * HCL2's native syntax, read by tmj's own lexer and recursive-descent parser: {@link dev.tmj.iac.hcl.Hcl} parses a
 * file into a {@link dev.tmj.iac.hcl.Body} of attributes and blocks whose every {@link dev.tmj.iac.hcl.Expression}
 * carries its position; {@link dev.tmj.iac.hcl.Evaluator} evaluates expressions statically into
 * {@link dev.tmj.iac.hcl.Value}s, unknown where Terraform would have to run, within a budget. Errors are
 * {@link dev.tmj.iac.hcl.HclException}s with file, line and column. API: {@code Hcl}, {@code Body},
 * {@code Expression}, {@code Evaluator}, {@code Value}, {@code HclException}; the rest is package-private.
 */
package dev.tmj.iac.hcl;
