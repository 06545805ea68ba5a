package dev.tmj.format.json;

import dev.tmj.gate.TicketLink;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes a resolved model in pytm's {@code --json} output format. The top-level keys are pytm's, in pytm's order
 * ({@code actors, assets, boundaries, data, elements, flows, threatsExcluded}, then {@code assumptions, colormap,
 * description, excluded_findings, findings, ignoreUnused, isOrdered, mergeResponses, name, onDuplicates,
 * threatsFile}); element and data dicts carry every declared attribute in sorted order, with names instead of
 * references, enumerations as {@code "Classification.SECRET"}, {@code levels} as a list, the element's findings
 * as a list of finding ids and {@code __class__} on actors and assets only; finding dicts have pytm's keys plus
 * tmj's {@code evidence}, {@code expires}, {@code fingerprint}, {@code justification}, {@code location}
 * ({@code {"file": ..., "line": ...}} or {@code null}), {@code owner}, {@code status} and {@code stride}, sorted.
 *
 * <p>Like pytm's {@code json.dump}: no indentation, {@code ", "} and {@code ": "} separators, strings escaped
 * as Python's {@code ensure_ascii} escapes them (every character outside space to tilde as a backslash-u escape with
 * lower-case hex digits, surrogate pairs for characters beyond the BMP), no final newline. The output is
 * streamed ({@link PythonJsonOutput}), so hundreds of thousands of findings never exist as a tree or a string in
 * memory; the threat texts that every finding repeats are escaped once. The same findings always give the same bytes.
 *
 * <p>Where tmj deliberately writes something else than pytm 1.4.0:
 * <ul>
 *   <li>{@code overrides} lists the SIDs the overrides change; pytm wrote each override's blank finding id
 *       ({@code [""]});</li>
 *   <li>an overridden finding keeps its id and the threat's texts; pytm blanked them (an element's
 *       {@code findings} then held {@code ""});</li>
 *   <li>an excluded finding's {@code assumption.exclude} is a list of SIDs; pytm wrote the Python repr of a set,
 *       {@code "{'INP16'}"};</li>
 *   <li>out-of-scope elements have no findings; pytm gave them a copy of the findings before them;</li>
 *   <li>{@code threatsFile} is the model's {@code threatsFile} when set, otherwise the name of the threat library
 *       the model was resolved with (a path or a class-path resource);</li>
 *   <li>{@code colormap} is always {@code false}: it is a command-line switch of pytm, not part of a model.</li>
 * </ul>
 * As in pytm, plain {@code Element}s (neither actor nor asset, boundary or flow) appear only as references.
 *
 * <pre>{@code
 * new PytmJsonWriter().writeTo(findings, Path.of("findings.json"));
 * }</pre>
 */
public final class PytmJsonWriter implements Renderer<Findings> {
    private final Map<String, TicketLink> tickets;

    /** The writer; it keeps no state, so one can write any number of documents, also at once. */
    public PytmJsonWriter() {
        this(Map.of());
    }

    private PytmJsonWriter(Map<String, TicketLink> tickets) {
        this.tickets = Map.copyOf(tickets);
    }

    /**
     * A writer that gives each finding with a ticket the key {@code ticket}: {@code {"key": "SEC-24", "open": true,
     * "url": "…"}} (docs/tickets.md); a finding without one has no such key, as in pytm.
     */
    public PytmJsonWriter withTickets(Map<String, TicketLink> known) {
        return new PytmJsonWriter(known);
    }

    /** Writes the findings and their checked model as pytm's {@code --json} would, in UTF-8 (all ASCII). */
    @Override
    public void writeTo(Findings findings, OutputStream out) throws IOException {
        PythonJsonOutput json = new PythonJsonOutput(out);
        PytmJsonDocumentWriter.write(findings, tickets, json);
        json.flush();
        out.flush();
    }
}
