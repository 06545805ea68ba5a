package dev.tmj.format.json;

import dev.tmj.gate.TicketLink;
import dev.tmj.model.Assumption;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Threat;
import java.io.IOException;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One document of {@link PytmJsonWriter}: the findings and their checked model, streamed through a
 * {@link PythonJsonOutput} that the caller flushes. Keys are pre-encoded; a finding that carries its threat's own
 * texts is copied from the threat's {@link FindingTemplate}, others are written value by value (their texts that
 * recur escaped once). Elements, data and controls are written by a {@link PytmObjectWriter}.
 */
final class PytmJsonDocumentWriter {
    private static final byte[] ASSUMPTION = PythonJsonOutput.literal("assumption");
    private static final byte[] CONDITION = PythonJsonOutput.literal("condition");
    private static final byte[] CVSS = PythonJsonOutput.literal("cvss");
    private static final byte[] DESCRIPTION = PythonJsonOutput.literal("description");
    private static final byte[] DETAILS = PythonJsonOutput.literal("details");
    private static final byte[] EXAMPLE = PythonJsonOutput.literal("example");
    private static final byte[] DETAIL = PythonJsonOutput.literal("detail");
    private static final byte[] EVIDENCE = PythonJsonOutput.literal("evidence");
    private static final byte[] EXCLUDE = PythonJsonOutput.literal("exclude");
    private static final byte[] EXPIRES = PythonJsonOutput.literal("expires");
    private static final byte[] JUSTIFICATION = PythonJsonOutput.literal("justification");
    private static final byte[] OWNER = PythonJsonOutput.literal("owner");
    private static final byte[] PASSED = PythonJsonOutput.literal("passed");
    private static final byte[] STATUS = PythonJsonOutput.literal("status");
    private static final byte[] TEST = PythonJsonOutput.literal("test");
    private static final byte[] FINGERPRINT = PythonJsonOutput.literal("fingerprint");
    private static final byte[] ID = PythonJsonOutput.literal("id");
    private static final byte[] LIKELIHOOD = PythonJsonOutput.literal("likelihood");
    private static final byte[] LINDDUN = PythonJsonOutput.literal("linddun");
    private static final byte[] LOCATION = PythonJsonOutput.literal("location");
    private static final byte[] FILE = PythonJsonOutput.literal("file");
    private static final byte[] LINE = PythonJsonOutput.literal("line");
    private static final byte[] MITIGATIONS = PythonJsonOutput.literal("mitigations");
    private static final byte[] NAME = PythonJsonOutput.literal("name");
    private static final byte[] REFERENCES = PythonJsonOutput.literal("references");
    private static final byte[] RESPONSE = PythonJsonOutput.literal("response");
    private static final byte[] SEVERITY = PythonJsonOutput.literal("severity");
    private static final byte[] STRIDE = PythonJsonOutput.literal("stride");
    private static final byte[] TARGET = PythonJsonOutput.literal("target");
    private static final byte[] THREAT_ID = PythonJsonOutput.literal("threat_id");
    private static final byte[] TICKET = PythonJsonOutput.literal("ticket");
    private static final byte[] KEY = PythonJsonOutput.literal("key");
    private static final byte[] OPEN = PythonJsonOutput.literal("open");
    private static final byte[] URL = PythonJsonOutput.literal("url");

    private final Findings findings;
    private final CheckedModel checked;
    private final Model model;
    /** Where this writer writes: the document's output, or on a helper thread the chunk it is rendering. */
    private PythonJsonOutput g;
    /** The threads that render long lists in chunks, or null: one after another on the caller's thread. */
    private final ChunkRenderer helpers;
    private final PytmObjectWriter objects;
    /** Where {@link #recorded} writes: one per writer, emptied by each use. */
    private final PythonJsonOutput scratch = PythonJsonOutput.inMemory(new byte[4096]);
    /** Escaped texts by identity: the threat texts of findings written value by value. */
    private final Map<String, byte[]> escaped = new IdentityHashMap<>();
    /** Each threat's template, recorded from its first finding that fits one; null where templates are off. */
    private final Map<Threat, FindingTemplate> templates;
    /** While a template is recorded: where each of its slots begins and ends; otherwise null. */
    private int[] marks;
    private int marked;
    /** The element of the finding written last, with its location and name as literals (for the templates). */
    private Element lastElement;
    private byte[] lastLocation;
    private byte[] lastTarget;

    private final Map<String, TicketLink> tickets;

    private PytmJsonDocumentWriter(Findings findings, Map<String, TicketLink> tickets, NameLiterals names,
            PythonJsonOutput g, ChunkRenderer helpers, boolean templates) {
        this.findings = findings;
        this.tickets = tickets;
        this.checked = findings.checkedModel();
        this.model = checked.model();
        this.g = g;
        this.helpers = helpers;
        this.objects = new PytmObjectWriter(findings, names);
        this.templates = templates ? new IdentityHashMap<>() : null;
    }

    /**
     * Writes the document to {@code g}, which is not flushed: a large one (more findings than fit in one chunk) with
     * one helper thread per processor, up to four.
     */
    static void write(Findings findings, Map<String, TicketLink> tickets, PythonJsonOutput g) throws IOException {
        int threads = findings.size() + findings.excluded().size() <= CHUNK ? 1
                : Math.min(4, Runtime.getRuntime().availableProcessors());
        write(findings, tickets, g, threads, true);
    }

    /**
     * {@link #write(Findings, Map, PythonJsonOutput)} with this many threads (1 writes all on the caller's thread),
     * and with or without {@link FindingTemplate}s (without, every finding is written value by value: the tests
     * compare the two).
     */
    static void write(Findings findings, Map<String, TicketLink> tickets, PythonJsonOutput g, int threads,
            boolean templates) throws IOException {
        NameLiterals names = NameLiterals.of(findings.checkedModel().model());
        if (threads < 2) {
            new PytmJsonDocumentWriter(findings, tickets, names, g, null, templates).writeAll();
            return;
        }
        try (ChunkRenderer helpers = new ChunkRenderer(threads,
                () -> new PytmJsonDocumentWriter(findings, tickets, names, null, null, templates))) {
            if (!findings.findings().isEmpty()) {
                // The first fingerprint works out every element's identity, a few hundred milliseconds at 50,000
                // flows that would otherwise hold up the first chunk of findings: done while the elements are written.
                Finding first = findings.findings().get(0);
                helpers.prepare(first::fingerprintBits);
            }
            new PytmJsonDocumentWriter(findings, tickets, names, g, helpers, templates).writeAll();
        }
    }

    /** Items per chunk that a helper thread renders. */
    static final int CHUNK = ChunkRenderer.CHUNK;

    /** Writes each item as the next value of the current list: a long list in chunks by the helper threads. */
    private <T> void each(List<T> items, ChunkRenderer.Item<T> item) throws IOException {
        if (helpers == null || items.size() <= CHUNK) {
            for (T t : items) {
                item.write(this, t);
            }
            return;
        }
        helpers.writeAll(items, item, g);
    }

    /** On a helper thread: the items of a chunk, rendered into memory starting in {@code buffer}. */
    <T> PythonJsonOutput render(List<T> chunk, ChunkRenderer.Item<T> item, byte[] buffer) throws IOException {
        g = PythonJsonOutput.inMemory(buffer);
        for (T t : chunk) {
            item.write(this, t);
        }
        return g;
    }

    /**
     * The top-level keys in pytm's order: pytm sorts its attribute names, and the registries of elements
     * ({@code _actors}, {@code _assets} ... {@code _threatsExcluded}) sort first by their underscore, which
     * is dropped on output.
     */
    private void writeAll() throws IOException {
        List<Element> elements = checked.elements();
        g.startObject();
        g.key(PythonJsonOutput.literal("actors"));
        writeElements(elements.stream().filter(e -> e.type().isA(ElementType.ACTOR)).toList());
        g.key(PythonJsonOutput.literal("assets"));
        writeElements(elements.stream().filter(e -> e.type().isA(ElementType.ASSET)).toList());
        g.key(PythonJsonOutput.literal("boundaries"));
        writeElements(checked.boundaries());
        g.key(PythonJsonOutput.literal("data"));
        g.startArray();
        each(model.data(), (writer, d) -> writer.objects.write(writer.g, d, null));
        g.endArray();
        g.key(PythonJsonOutput.literal("elements"));
        writeElements(elements.stream().filter(e -> e.type().isActorOrAsset()).toList());
        g.key(PythonJsonOutput.literal("flows"));
        writeElements(checked.dataflows());
        g.key(PythonJsonOutput.literal("threatsExcluded"));
        g.startArray();
        for (String sid : new TreeSet<>(findings.excludedThreats())) {
            text(sid);
        }
        g.endArray();
        g.key(PythonJsonOutput.literal("assumptions"));
        writeAssumptionNames(model.assumptions());
        g.key(PythonJsonOutput.literal("colormap"));
        g.bool(false);
        g.key(PythonJsonOutput.literal("description"));
        text(model.description());
        g.key(PythonJsonOutput.literal("excluded_findings"));
        g.startArray();
        each(findings.excluded(), PytmJsonDocumentWriter::writeFinding);
        g.endArray();
        g.key(PythonJsonOutput.literal("findings"));
        g.startArray();
        each(findings.findings(), PytmJsonDocumentWriter::writeFinding);
        g.endArray();
        g.key(PythonJsonOutput.literal("ignoreUnused"));
        g.bool(model.ignoreUnused());
        g.key(PythonJsonOutput.literal("isOrdered"));
        g.bool(model.isOrdered());
        g.key(PythonJsonOutput.literal("mergeResponses"));
        g.bool(model.mergeResponses());
        g.key(PythonJsonOutput.literal("name"));
        text(model.name());
        g.key(PythonJsonOutput.literal("onDuplicates"));
        text("Action." + model.onDuplicates().name());
        String threatsFile = (String) model.get("threatsFile");
        g.key(PythonJsonOutput.literal("threatsFile"));
        text(threatsFile.isEmpty() ? findings.library().name() : threatsFile);
        g.endObject();
    }

    private void writeElements(List<Element> elements) throws IOException {
        g.startArray();
        each(elements, (writer, e) -> writer.objects.write(writer.g, e,
                e.type().isActorOrAsset() ? e.type().pytmName() : null));
        g.endArray();
    }

    /** A finding: copied from its threat's template when it fits one, otherwise value by value. */
    private void writeFinding(Finding f) throws IOException {
        if (templates == null || !FindingTemplate.fits(f, tickets)) {
            writeFindingValues(f);
            return;
        }
        if (f.element() != lastElement) {
            lastLocation = recorded(json -> writeLocation(f));
            lastTarget = recorded(json -> text(f.target()));
            lastElement = f.element();
        }
        FindingTemplate template = templates.get(f.threat());
        if (template == null) {
            template = record(f);
            templates.put(f.threat(), template);
        }
        template.write(g, f, lastLocation, lastTarget);
    }

    /** The template of a finding's threat: the finding written value by value, its slots marked. */
    private FindingTemplate record(Finding f) throws IOException {
        marks = new int[2 * FindingTemplate.Slot.values().length];
        marked = 0;
        try {
            byte[] written = recorded(json -> writeFindingValues(f));
            if (marked != marks.length) {
                throw new IllegalStateException("a finding's slots were not all marked: " + marked);
            }
            return FindingTemplate.of(written, written.length, marks);
        } finally {
            marks = null;
        }
    }

    /** Notes where a slot's value begins or ends while a template is recorded; nothing otherwise. */
    private void mark(FindingTemplate.Slot slot) {
        if (marks != null) {
            if (marked / 2 != slot.ordinal()) {
                throw new IllegalStateException("slot " + slot + " marked out of order");
            }
            marks[marked++] = g.size();
        }
    }

    /** The bytes that {@code body} writes through this writer, in memory (this writer's scratch) instead of the output. */
    private byte[] recorded(PythonJsonOutput.Body body) throws IOException {
        PythonJsonOutput output = g;
        g = scratch;
        try {
            body.write(scratch);
        } finally {
            g = output;
        }
        return scratch.take();
    }

    /**
     * pytm's finding dict, keys sorted, with tmj's keys among them: {@code fingerprint}, {@code location},
     * {@code stride} ({@code linddun} for a privacy threat), and how
     * the finding is handled: {@code status} (its label), {@code owner}, {@code justification}, {@code expires}
     * ("" or an ISO date) and {@code evidence} (a list of {@code {detail, passed, test}}). The values that differ
     * between findings of one threat are marked for {@link FindingTemplate}.
     */
    private void writeFindingValues(Finding f) throws IOException {
        g.startObject();
        g.key(ASSUMPTION);
        Assumption assumption = f.assumption().orElse(null);
        if (assumption == null) {
            g.nullValue();
        } else {
            // pytm's key order (name, exclude, description); exclude as a list, where pytm wrote a Python repr.
            g.startObject();
            g.key(NAME);
            cached(assumption.name());
            g.key(EXCLUDE);
            g.startArray();
            for (String sid : new TreeSet<>(assumption.exclude())) {
                text(sid);
            }
            g.endArray();
            g.key(DESCRIPTION);
            cached(assumption.description());
            g.endObject();
        }
        g.key(CONDITION);
        cached(f.condition());
        g.key(CVSS);
        cached(f.cvss());
        g.key(DESCRIPTION);
        cached(f.description());
        g.key(DETAILS);
        cached(f.details());
        g.key(EVIDENCE);
        g.startArray();
        for (Evidence e : f.evidence()) {
            g.startObject();
            g.key(DETAIL);
            text(e.detail());
            g.key(PASSED);
            g.bool(e.passed());
            g.key(TEST);
            text(e.test());
            g.endObject();
        }
        g.endArray();
        g.key(EXAMPLE);
        cached(f.example());
        g.key(EXPIRES);
        text(f.expires().map(LocalDate::toString).orElse(""));
        g.key(FINGERPRINT);
        mark(FindingTemplate.Slot.FINGERPRINT);
        g.beginValue();
        g.appendHexLiteral(f.fingerprintBits());
        mark(FindingTemplate.Slot.FINGERPRINT);
        g.key(ID);
        mark(FindingTemplate.Slot.ID);
        g.beginValue();
        PytmObjectWriter.appendId(g, f);
        mark(FindingTemplate.Slot.ID);
        g.key(JUSTIFICATION);
        cached(f.justification());
        g.key(LIKELIHOOD);
        cached(f.likelihood());
        if (!f.linddun().isEmpty()) {
            // a privacy threat's category; security findings keep exactly their keys
            g.key(LINDDUN);
            cached(f.linddun());
        }
        g.key(LOCATION);
        mark(FindingTemplate.Slot.LOCATION);
        writeLocation(f);
        mark(FindingTemplate.Slot.LOCATION);
        g.key(MITIGATIONS);
        cached(f.mitigations());
        g.key(OWNER);
        cached(f.owner());
        g.key(REFERENCES);
        cached(f.references());
        g.key(RESPONSE);
        cached(f.response());
        g.key(SEVERITY);
        cached(f.severityText());
        g.key(STATUS);
        mark(FindingTemplate.Slot.STATUS);
        text(f.status().label());
        mark(FindingTemplate.Slot.STATUS);
        g.key(STRIDE);
        cached(f.stride());
        g.key(TARGET);
        mark(FindingTemplate.Slot.TARGET);
        text(f.target());
        mark(FindingTemplate.Slot.TARGET);
        g.key(THREAT_ID);
        cached(f.threatId());
        TicketLink ticket = tickets.isEmpty() ? null : tickets.get(f.fingerprint());
        if (ticket != null) {
            g.key(TICKET);
            g.startObject();
            g.key(KEY);
            text(ticket.key());
            g.key(OPEN);
            g.bool(ticket.open());
            g.key(URL);
            text(ticket.url());
            g.endObject();
        }
        g.endObject();
    }

    /**
     * tmj's {@code location}: the file and line the finding points at ({@code Finding.location()}: the block of code
     * that causes it, else the line that declares its element), or {@code null} when the model gives none.
     */
    private void writeLocation(Finding f) throws IOException {
        SourceLocation at = f.location().filter(l -> !l.file().isEmpty()).orElse(null);
        if (at == null) {
            g.nullValue();
            return;
        }
        g.startObject();
        g.key(FILE);
        cached(at.file());
        g.key(LINE);
        g.number(at.line());
        g.endObject();
    }

    private void writeAssumptionNames(List<Assumption> assumptions) throws IOException {
        g.startArray();
        for (Assumption a : assumptions) {
            text(a.name());
        }
        g.endArray();
    }

    /** A string value. */
    private void text(String s) throws IOException {
        if (s == null) {
            g.nullValue();
            return;
        }
        g.string(s);
    }

    /**
     * A string value that recurs (a threat text of a finding written value by value): escaped once per string
     * instance, then written as the bytes of its JSON literal.
     */
    private void cached(String s) throws IOException {
        if (s == null) {
            g.nullValue();
            return;
        }
        byte[] literal = escaped.get(s);
        if (literal == null) {
            literal = PythonJsonOutput.literal(s);
            escaped.put(s, literal);
        }
        g.raw(literal);
    }
}
