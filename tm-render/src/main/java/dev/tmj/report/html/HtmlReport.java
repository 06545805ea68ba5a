package dev.tmj.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.tmj.resolve.Findings;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A self-contained HTML report of a resolved model, for design reviews: summary counts by severity, STRIDE
 * category and status; the data-flow diagram inline; a findings table that filters (severity, status, STRIDE
 * category, element, text) and sorts (severity, status, category, element, SID) in the page, each finding
 * expandable to its texts, references, classifications, response, CVSS, fingerprint and source location; a
 * section per element ({@code id="element-N"}, N its index in {@code CheckedModel.elements()}, the target of
 * the diagram's {@code URL="#element-N"} links); excluded findings with their assumptions; evaluation warnings.
 *
 * <p>The page makes no network request: CSS and script are inline and a Content-Security-Policy allows nothing
 * else (the script by its SHA-256 hash). Model text reaches it only HTML-escaped by the template engine
 * (mustache.java) or as JSON in a {@code <script type="application/json">} element, escaped so that it cannot
 * close the element; the diagram's SVG is {@linkplain SvgSanitizer sanitized}. The same findings and diagram
 * always give the same bytes.
 *
 * <p>The template ({@code report.html.mustache}, see {@link #defaultTemplate()}) can be replaced: pass the text
 * or path of your own. It sees the values of the bundled template; {@code {{x}}} escapes, and the page's
 * behaviour comes from {@code <script>{{{script}}}</script>}, allowed by {@code {{scriptHash}}} in the policy.
 */
public final class HtmlReport {
    static final String TEMPLATE = "report.html.mustache";
    private static final String SCRIPT = Templates.resource("report.js");
    private static final String SCRIPT_HASH = "sha256-" + sha256(SCRIPT);
    private static final HtmlReport STANDARD = new HtmlReport(
            Templates.compile(factory(null), Templates.resource(TEMPLATE), TEMPLATE));

    private final Mustache template;

    private HtmlReport(Mustache template) {
        this.template = template;
    }

    /** The report with the bundled template. */
    public static HtmlReport standard() {
        return STANDARD;
    }

    /**
     * The report with a template of your own (mustache, HTML-escaping {@code {{x}}}).
     *
     * @throws ReportTemplateException if the template does not compile
     */
    public static HtmlReport withTemplate(String templateText) {
        return new HtmlReport(Templates.compile(factory(null), templateText, "custom HTML template"));
    }

    /** The report with a template file of your own; its partials ({@code {{> name}}}) are read beside it. */
    public static HtmlReport withTemplate(Path templateFile) {
        return new HtmlReport(Templates.compile(templateFile, HtmlReport::factory));
    }

    /** The text of the bundled template, a starting point for your own. */
    public static String defaultTemplate() {
        return Templates.resource(TEMPLATE);
    }

    /**
     * Writes the report.
     *
     * @param findings the resolved model
     * @param dfdSvg the data-flow diagram as SVG, or null when there is none
     * @param out where the HTML goes; it is flushed, not closed
     * @throws java.io.UncheckedIOException if writing fails
     * @throws ReportTemplateException if a custom template fails while rendering
     */
    public void writeTo(Findings findings, String dfdSvg, Appendable out) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(out, "out");
        Optional<String> svg = dfdSvg == null || dfdSvg.isBlank() ? Optional.empty()
                : SvgSanitizer.sanitize(dfdSvg);
        String note = dfdSvg == null || dfdSvg.isBlank() ? "No diagram is available for this report."
                : svg.isEmpty() ? "The diagram could not be embedded: it is not a well-formed SVG document." : "";
        Templates.execute(template, ReportView.of(findings, svg.orElse(""), note, SCRIPT, SCRIPT_HASH), out);
    }

    /** The report as a string. */
    public String render(Findings findings, String dfdSvg) {
        StringBuilder out = new StringBuilder(64 * 1024);
        writeTo(findings, dfdSvg, out);
        return out.toString();
    }

    /** Writes the report with the bundled template. */
    public static void write(Findings findings, String dfdSvg, Appendable out) {
        STANDARD.writeTo(findings, dfdSvg, out);
    }

    /** Writes the report with a template of your own. */
    public static void write(Findings findings, String dfdSvg, String templateText, Appendable out) {
        withTemplate(templateText).writeTo(findings, dfdSvg, out);
    }

    /** The report with the bundled template, as a string. */
    public static String toHtml(Findings findings, String dfdSvg) {
        return STANDARD.render(findings, dfdSvg);
    }

    private static DefaultMustacheFactory factory(File partialsDir) {
        return partialsDir == null ? new DefaultMustacheFactory(Templates.RESOURCES)
                : new DefaultMustacheFactory(partialsDir);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
