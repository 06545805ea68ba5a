/**
 * tmj's own reports of a resolved model: {@link dev.tmj.report.html.MarkdownReport} for pull requests and wikis,
 * {@link dev.tmj.report.html.HtmlReport} a self-contained page for design reviews (summary, inline diagram,
 * filterable and sortable findings, a section per element). Both render replaceable mustache templates that
 * escape every model-provided string for their format; {@link dev.tmj.report.html.MarkdownEscaper} is that escaping
 * for Markdown, also for other Markdown outputs ({@code tmj diff --format md}).
 */
package dev.tmj.report.html;
