package dev.tmj.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.util.HtmlEscaper;
import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DfdRenderer;
import dev.tmj.dfd.DiagramException;
import dev.tmj.dfd.DiagramTooLargeException;
import dev.tmj.dfd.UnknownDiagramElementException;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A self-contained HTML report of a resolved model, for design reviews: summary counts by severity, STRIDE
 * category and status; the data-flow diagram inline; each threat that has findings described once (texts,
 * references, classifications, how many findings); a findings table that filters (severity, status, STRIDE
 * category, element, text) and sorts (severity, status, category, element, SID) in the page, each finding
 * expandable to its own facts (response, CVSS, fingerprint, source location, the texts it overrides) and a link to
 * its threat; a
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
 *
 * <p>The diagram is rendered with the report, by default pytm's data-flow diagram with links to the element
 * sections; {@link #withDiagram} draws another (a filtered DFD, say) and {@link #withoutDiagram} none:
 *
 * <pre>{@code
 * HtmlReport.standard().withDiagram(DfdRenderer.svg(options.linked(true))).writeTo(findings, Path.of("report.html"));
 * }</pre>
 */
public final class HtmlReport implements Renderer<Findings> {
    static final String TEMPLATE = "report.html.mustache";
    private static final String SCRIPT = Templates.resource("report.js");
    private static final String SCRIPT_HASH = "sha256-" + sha256(SCRIPT);
    /** pytm's default diagram, each element linked to its section of the report. */
    private static final Renderer<Findings> LINKED_DFD = DfdRenderer.svg(DfdOptions.defaults().linked(true));
    private static final HtmlReport STANDARD = new HtmlReport(
            Templates.compile(factory(null), Templates.resource(TEMPLATE), TEMPLATE), LINKED_DFD);

    private final Mustache template;
    /** Renders the SVG document shown in the report, or null for none. */
    private final Renderer<Findings> diagram;
    /** The audit history's runs of this model, or null: no history section. */
    private final ReportHistory history;

    private HtmlReport(Mustache template, Renderer<Findings> diagram) {
        this(template, diagram, null);
    }

    private HtmlReport(Mustache template, Renderer<Findings> diagram, ReportHistory history) {
        this.template = template;
        this.diagram = diagram;
        this.history = history;
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
        return new HtmlReport(Templates.compile(factory(null), templateText, "custom HTML template"), LINKED_DFD);
    }

    /** The report with a template file of your own; its partials ({@code {{> name}}}) are read beside it. */
    public static HtmlReport withTemplate(Path templateFile) {
        return new HtmlReport(Templates.compile(templateFile, HtmlReport::factory), LINKED_DFD);
    }

    /**
     * This report with another diagram.
     *
     * @param svg renders the SVG document to show; it is sanitized, and a document that is not well-formed SVG
     *     is replaced by a note
     */
    public HtmlReport withDiagram(Renderer<Findings> svg) {
        return new HtmlReport(template, Objects.requireNonNull(svg, "svg"), history);
    }

    /** This report without a diagram: a note says that none is available. */
    public HtmlReport withoutDiagram() {
        return new HtmlReport(template, null, history);
    }

    /**
     * This report with a history section (docs/history.md): the open findings of the model's last runs by severity
     * as an inline SVG chart, and when each finding was first seen. Without runs, no section.
     */
    public HtmlReport withHistory(ReportHistory runs) {
        return new HtmlReport(template, diagram, Objects.requireNonNull(runs, "runs"));
    }

    /** The text of the bundled template, a starting point for your own. */
    public static String defaultTemplate() {
        return Templates.resource(TEMPLATE);
    }

    /**
     * Renders the diagram and writes the report, UTF-8.
     *
     * A diagram that cannot be laid out (dot ran out of time, or is missing and the diagram is too large for the
     * built-in layout) is replaced by a note that says why.
     *
     * @throws ReportTemplateException if a custom template fails while rendering
     * @throws UnknownDiagramElementException if the diagram's options name a boundary or element the model lacks
     */
    @Override
    public void writeTo(Findings findings, OutputStream out) throws IOException {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(out, "out");
        String drawn;
        String failure = null;
        List<ReportValues.DiagramPart> parts = List.of();
        try {
            drawn = diagram == null ? null : drawDiagram(findings);
        } catch (UnknownDiagramElementException e) {
            throw e;
        } catch (DiagramTooLargeException e) {
            drawn = null;
            parts = diagram instanceof DfdRenderer dfd && dfd.drawsSvg() ? parts(dfd, findings) : List.of();
            if (parts.stream().noneMatch(ReportValues.DiagramPart::hasSvg)) {
                parts = List.of(); // no part drawn either: the whole diagram's failure says what to do
            }
            failure = parts.isEmpty() ? "The diagram could not be drawn: " + e.getMessage()
                    : "The diagram is too large to lay out whole, so it is drawn below in " + parts.size()
                            + " parts: one per top-level boundary and one or more for the elements outside every boundary."
                            + " A flow between two parts is drawn in neither (the elements' sections list every"
                            + " flow). " + e.getMessage();
        } catch (DiagramException e) {
            // No dot and too large for Smetana, or dot failed: the rest of the report stands.
            drawn = null;
            failure = "The diagram could not be drawn: " + e.getMessage();
        }
        Optional<String> svg = drawn == null || drawn.isBlank() ? Optional.empty() : SvgSanitizer.sanitize(drawn);
        String note = failure != null ? failure
                : drawn == null || drawn.isBlank() ? "No diagram is available for this report."
                : svg.isEmpty() ? "The diagram could not be embedded: it is not a well-formed SVG document." : "";
        Templates.execute(template, ReportView.of(findings, svg.orElse(""), note, parts, SCRIPT, SCRIPT_HASH,
                history), out);
    }

    /** The diagram's parts, each sanitized, or with a note saying why it is missing. */
    private static List<ReportValues.DiagramPart> parts(DfdRenderer dfd, Findings findings) {
        List<ReportValues.DiagramPart> parts = new ArrayList<>();
        for (DfdRenderer.DrawnPart part : dfd.drawParts(findings)) {
            Optional<String> svg = part.drawn()
                    ? SvgSanitizer.sanitize(new String(part.image(), StandardCharsets.UTF_8)) : Optional.empty();
            String note = !part.drawn() ? "This part could not be drawn: " + part.failure().getMessage()
                    : svg.isEmpty() ? "This part could not be embedded: it is not a well-formed SVG document." : "";
            parts.add(new ReportValues.DiagramPart(part.part().title(), svg.orElse(""), note));
        }
        return parts;
    }

    private String drawDiagram(Findings findings) throws IOException {
        ByteArrayOutputStream svg = new ByteArrayOutputStream(64 * 1024);
        diagram.writeTo(findings, svg);
        return svg.toString(StandardCharsets.UTF_8);
    }

    private static DefaultMustacheFactory factory(File partialsDir) {
        return EscapingMustacheFactory.of(partialsDir, HtmlReport::htmlEscape);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The characters up to U+0060 that mustache.java's escaper keeps as they are, asked of the escaper itself (it
     * replaces characters one by one and none above U+0060): most values of a report need no escape, and are
     * then returned as they are instead of copied.
     */
    private static final boolean[] PLAIN = plainCharacters();

    private static boolean[] plainCharacters() {
        boolean[] plain = new boolean['`' + 1];
        for (char c = 0; c < plain.length; c++) {
            StringWriter one = new StringWriter(8);
            HtmlEscaper.escape(String.valueOf(c), one);
            plain[c] = one.toString().equals(String.valueOf(c));
        }
        return plain;
    }

    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < PLAIN.length && !PLAIN[c]) {
                return false;
            }
        }
        return true;
    }

    /** mustache.java's HTML escape of a value, as its factory writes it. */
    static String htmlEscape(String value) {
        if (isPlain(value)) {
            return value;
        }
        StringWriter escaped = new StringWriter(value.length() + 16);
        HtmlEscaper.escape(value, escaped);
        return escaped.toString();
    }
}
