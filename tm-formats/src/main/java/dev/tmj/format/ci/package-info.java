/**
 * The outputs a CI pipeline consumes, written from a {@code tmj check} run's {@link dev.tmj.gate.CheckResult}: SARIF
 * 2.1.0 for GitHub code scanning ({@link dev.tmj.format.ci.SarifWriter}), JUnit XML for GitLab, Jenkins and Azure
 * DevOps ({@link dev.tmj.format.ci.JunitXmlWriter}), GitLab Code Quality JSON
 * ({@link dev.tmj.format.ci.CodeQualityWriter}) and a Markdown summary for a pull request or
 * {@code $GITHUB_STEP_SUMMARY} ({@link dev.tmj.format.ci.MarkdownSummary}); {@link dev.tmj.format.ci.CiFormat}
 * picks one by its kind name ({@code sarif}, {@code junit}, {@code gitlab-codequality}, {@code summary}). Each is a
 * {@link dev.tmj.output.Renderer} of {@code CheckResult}. docs/ci-outputs.md describes the formats, their mappings
 * and limits. A baseline, a {@code findings.json} or SARIF file tmj wrote earlier, is read back by
 * {@link dev.tmj.format.ci.BaselineReader}.
 * <p>
 * Public API: the classes named above; the rest is package-private.
 */
package dev.tmj.format.ci;
