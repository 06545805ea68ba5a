package dev.tmj.report.pytm;

import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A pytm report template ({@code docs/basic_template.md}, {@code docs/advanced_template.md} or your own), rendered
 * as pytm 1.4.0's {@code --report} renders it.
 *
 * <p><b>Language.</b> Python's {@code str.format} as {@code string.Formatter} implements it in CPython 3.11:
 * {@code {name}}, {@code {name.attr}}, {@code {name[0]}} and {@code {name[key]}}, {@code !r}/{@code !s}/{@code !a},
 * format specs ({@code {n:>5}}, {@code {s:.20}}, {@code {n:,d}} ...) and {@code {{ }}} for literal braces; plus
 * pytm's specs, chosen by how the <em>formatted</em> spec starts:
 * <ul>
 *   <li>{@code repeat...:TEMPLATE}: TEMPLATE once per item of a list, set, DataSet or tuple, per {@code (key,
 *       value)} pair of a dict and per {@code (field, value)} pair of a model object (pydantic models iterate that
 *       way); nothing for a string, a number or None;</li>
 *   <li>{@code call:} / {@code call:TEMPLATE}: calls the value (a method such as {@code display_name} or
 *       {@code parents}); {@code call:NAME} / {@code call:NAME:TEMPLATE}: calls pytm's ReportUtils helper NAME
 *       on the value. A list result with a TEMPLATE renders it per item; a string is output; anything else is an
 *       error;</li>
 *   <li>{@code if...:TEXT} / {@code not...:TEXT}: TEXT when the value (called, if it is a method) is truthy /
 *       falsy in Python's sense, else nothing.</li>
 * </ul>
 * pytm's evaluation rules follow from {@code string.Formatter}, and tmj keeps them exactly: a field's value is
 * looked up first, then its format spec is itself formatted in the same scope, and only then is the spec
 * interpreted. So a loop body's fields must double their braces once per level ({@code {{item.name}}},
 * {@code {{{{item.name}}}}}), a single-brace field in a loop body is evaluated once, in the outer scope, before
 * the loop runs; an {@code if:} text is evaluated even when the condition is false, and is output as it then
 * stands (not formatted again); a {@code repeat}/{@code call} template is formatted once per item with only
 * {@code item} in scope, starting again at the top nesting level; within one template, a field in the spec of a
 * field in the spec of a field is "Max string recursion exceeded".
 *
 * <p><b>Names.</b> {@code tm, dataflows, threats, findings, elements, assets, actors, boundaries, data}, with
 * pytm's contents: {@code elements} and {@code dataflows} in analysis and flow order, {@code assets} and
 * {@code actors} in creation order, {@code threats} the threats of the library the model was resolved with. The
 * ReportUtils helpers are {@code getParentName}, {@code getNamesOfParents}, {@code getInScopeFindings},
 * {@code getFindingCount}, {@code getElementType}, {@code getThreatId}, {@code getFindingDescription},
 * {@code getFindingTarget}, {@code getFindingSeverity}, {@code getFindingMitigations}, {@code getFindingReferences}
 * and {@code getFindingExample}; given the wrong kind of value they answer pytm's {@code "ERROR: ... is not valid
 * for Server"} or {@code ""}. Values print as Python's {@code str()} prints them in pytm: {@code True},
 * {@code Classification.SECRET}, {@code Server(Web)}, a DataSet as {@code "a, b"}; the elements of the names above
 * are pytm's report copies, whose empty lists and DataSets read as the string {@code "[]"}. Finding and threat
 * texts are escaped as pytm escapes them ({@link PytmEscaping}); {@code tm.findings},
 * {@code tm.excluded_findings} and {@code data} are not.
 *
 * <p><b>Attributes</b> come from tmj's schemas and a fixed table of methods ({@code display_name},
 * {@code parents}, {@code oneOf} ..., {@code upper} ... on strings, {@code label} on Lifetime and DatastoreType),
 * never from Java reflection; findings also have tmj's {@code fingerprint}, {@code stride}, {@code linddun} and
 * {@code category} (the category of whichever framework). A missing name or
 * attribute, a syntax error or a value of the wrong kind is a {@link TemplateException} with the line and column
 * in the template as written, also when the error is in a loop body the engine built from it.
 *
 * <p><b>Differences from pytm 1.4.0</b>, all deliberate:
 * <ul>
 *   <li>rendering reads the model in place instead of deep-copying it for every element and finding, so it is
 *       linear in the size of the output (pytm took minutes and gigabytes for a hundred flows);</li>
 *   <li>the model is tmj's checked model: flows keep the protocol and ports the model set (pytm 1.4.0 printed
 *       {@code ''} and {@code -1}), out-of-scope elements have no findings (pytm gave them copies of others'),
 *       overridden findings keep their texts;</li>
 *   <li>a syntax error of the top level fails {@link #parse} (pytm found it while rendering, after the fields
 *       before it);</li>
 *   <li>{@code repr()} of elements, findings and data omits the memory address pytm prints
 *       ({@code <pytm.asset.Server(Web)>}); sets and DataSets iterate in name order (pytm: hash order);</li>
 *   <li>a call whose result is not a string is an error naming the call, where pytm raised Python's
 *       {@code TypeError} from {@code str.join}.</li>
 * </ul>
 *
 * <p>A template is immutable and can be rendered from several threads at once.
 */
public final class PytmTemplate implements dev.tmj.output.Renderer<dev.tmj.resolve.Findings> {
    private final String name;
    private final String text;
    private final Parsed parsed;

    private PytmTemplate(String name, String text) {
        this.name = name;
        this.text = text;
        this.parsed = Parsed.parse(Source.of(text));
    }

    /**
     * Reads a template. The top level is checked now; loop bodies and format specs are read while rendering, as
     * pytm reads them.
     *
     * @param name what errors call the template, usually its file name
     * @throws TemplateException on a syntax error of the top level, such as a single brace
     */
    public static PytmTemplate parse(String text, String name) {
        PytmTemplate template = new PytmTemplate(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(text, "text"));
        Parsed.Broken broken = template.parsed.firstError();
        if (broken != null) {
            throw template.syntaxError(broken);
        }
        return template;
    }

    /** Reads a template file (UTF-8); errors name the file. */
    public static PytmTemplate read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            // Bad input with its file named (the decoder's own message says only "Input length = 1").
            throw new UncheckedIOException(new java.nio.file.FileSystemException(file.toString(), null,
                    "not a UTF-8 text file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /**
     * Renders the report of the findings and their checked model, UTF-8.
     *
     * @throws TemplateException when the template fails while rendering (a missing name, a bad loop body ...)
     */
    @Override
    public void writeTo(Findings findings, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            render(new ReportModel(findings).names(), writer);
        } catch (UncheckedIOException e) {
            // The engine's sink writes through Appendable, which cannot throw IOException past it.
            throw e.getCause();
        }
        writer.flush();
    }

    /** Renders with the given names instead of a model's; for tests of the language itself. */
    void render(Map<String, Object> names, Appendable out) {
        evaluator(names).renderTop(parsed, new Sink.Out(out));
    }

    String render(Map<String, Object> names) {
        StringBuilder out = new StringBuilder();
        render(names, out);
        return out.toString();
    }

    private TemplateEvaluator evaluator(Map<String, Object> names) {
        return new TemplateEvaluator(name, text, names);
    }

    private TemplateException syntaxError(Parsed.Broken broken) {
        return TemplateException.at(name, text, broken.position(), broken.message());
    }

    @Override
    public String toString() {
        return "PytmTemplate(" + name + ")";
    }
}
