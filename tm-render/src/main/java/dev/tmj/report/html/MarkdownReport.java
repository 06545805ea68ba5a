package dev.tmj.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.tmj.io.MarkdownText;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A Markdown report of a resolved model, for pull requests and wikis (GitHub Flavored Markdown): the title and
 * description, counts by severity and STRIDE category, a section per threat that has findings (its details,
 * mitigations, example, references and classifications, once), a findings table (id, SID, severity, element,
 * STRIDE, status, location), a section per finding (its own facts: element, severity, risk, status, response, CVSS,
 * fingerprint, location, a link to its threat and the texts it overrides), the excluded findings with the
 * assumption that excluded each, and the evaluation warnings.
 *
 * <p>Every model-provided string is {@linkplain MarkdownText escaped} by the template engine: HTML in names
 * shows as text, and so do pipes, backticks, brackets and links, headings and lists. The template
 * ({@code report.md.mustache}, see {@link #defaultTemplate()}) can be replaced; {@code {{x}}} escapes for
 * Markdown there too. The same findings always give the same text.
 */
public final class MarkdownReport implements Renderer<Findings> {
    static final String TEMPLATE = "report.md.mustache";
    private static final MarkdownReport STANDARD = new MarkdownReport(
            Templates.compile(factory(null), Templates.resource(TEMPLATE), TEMPLATE));

    private final Mustache template;

    private MarkdownReport(Mustache template) {
        this.template = template;
    }

    /** The report with the bundled template. */
    public static MarkdownReport standard() {
        return STANDARD;
    }

    /**
     * The report with a template of your own (mustache, {@code {{x}}} escaped for Markdown).
     *
     * @throws ReportTemplateException if the template does not compile
     */
    public static MarkdownReport withTemplate(String templateText) {
        return new MarkdownReport(Templates.compile(factory(null), templateText, "custom Markdown template"));
    }

    /** The report with a template file of your own; its partials ({@code {{> name}}}) are read beside it. */
    public static MarkdownReport withTemplate(Path templateFile) {
        return new MarkdownReport(Templates.compile(templateFile, MarkdownReport::factory));
    }

    /** The text of the bundled template, a starting point for your own. */
    public static String defaultTemplate() {
        return Templates.resource(TEMPLATE);
    }

    /**
     * Writes the report, UTF-8.
     *
     * @throws ReportTemplateException if a custom template fails while rendering
     */
    @Override
    public void writeTo(Findings findings, OutputStream out) throws IOException {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(out, "out");
        Templates.execute(template, ReportView.markdown(findings), out);
    }

    /** A mustache factory whose {@code {{x}}} escapes for Markdown instead of HTML. */
    private static DefaultMustacheFactory factory(File partialsDir) {
        return EscapingMustacheFactory.of(partialsDir, MarkdownText::escape);
    }
}
