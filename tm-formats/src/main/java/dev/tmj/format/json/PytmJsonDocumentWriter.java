package dev.tmj.format.json;

import dev.tmj.gate.TicketLink;
import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.Schema;
import dev.tmj.model.ValueType;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One document of {@link PytmJsonWriter}: the findings and their checked model, streamed through a
 * {@link PythonJsonOutput} that the caller flushes. Keys are pre-encoded; texts that recur in many findings are
 * escaped once.
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
    private static final byte[] CLASS = PythonJsonOutput.literal("__class__");

    private final Findings findings;
    private final CheckedModel checked;
    private final Model model;
    /** Where this writer writes: the document's output, or on a helper thread the chunk it is rendering. */
    private PythonJsonOutput g;
    /** The threads that render long lists in chunks, or null: one after another on the caller's thread. */
    private final Helpers helpers;
    private final Map<Schema, List<Attribute>> sortedAttributes = new IdentityHashMap<>();
    private final Map<Attribute, byte[]> keys = new IdentityHashMap<>();
    /** Escaped texts by identity: the threat texts every finding repeats, element names. */
    private final Map<String, byte[]> escaped = new IdentityHashMap<>();

    private final Map<String, TicketLink> tickets;

    private PytmJsonDocumentWriter(Findings findings, Map<String, TicketLink> tickets, PythonJsonOutput g,
            Helpers helpers) {
        this.findings = findings;
        this.tickets = tickets;
        this.checked = findings.checkedModel();
        this.model = checked.model();
        this.g = g;
        this.helpers = helpers;
    }

    /**
     * Writes the document to {@code g}, which is not flushed: a large one (more findings than fit in one chunk) with
     * one helper thread per processor, up to four.
     */
    static void write(Findings findings, Map<String, TicketLink> tickets, PythonJsonOutput g) throws IOException {
        int threads = findings.size() + findings.excluded().size() <= CHUNK ? 1
                : Math.min(4, Runtime.getRuntime().availableProcessors());
        write(findings, tickets, g, threads);
    }

    /** {@link #write(Findings, Map, PythonJsonOutput)} with this many threads; 1 writes all on the caller's thread. */
    static void write(Findings findings, Map<String, TicketLink> tickets, PythonJsonOutput g, int threads)
            throws IOException {
        if (threads < 2) {
            new PytmJsonDocumentWriter(findings, tickets, g, null).writeAll();
            return;
        }
        try (Helpers helpers = new Helpers(findings, tickets, threads)) {
            new PytmJsonDocumentWriter(findings, tickets, g, helpers).writeAll();
        }
    }

    /** Items per chunk that a helper thread renders: about a megabyte of findings. */
    static final int CHUNK = 512;

    /** How one item of a list is written, by whichever writer renders its chunk. */
    @FunctionalInterface
    private interface Item<T> {
        void write(PytmJsonDocumentWriter writer, T item) throws IOException;
    }

    /**
     * Writes each item as the next value of the current list. A long list is cut into chunks that the helper threads
     * render into memory, a few chunks ahead of this thread, which copies them out in order: the bytes are exactly
     * those written one after another (each chunk separates its own items, {@link PythonJsonOutput#values} puts the
     * separator before it), and the memory held stays a few megabytes however long the list.
     */
    private <T> void each(List<T> items, Item<T> item) throws IOException {
        if (helpers == null || items.size() <= CHUNK) {
            for (T t : items) {
                item.write(this, t);
            }
            return;
        }
        java.util.ArrayDeque<java.util.concurrent.Future<PythonJsonOutput.Buffer>> ahead = new java.util.ArrayDeque<>();
        int next = 0;
        while (next < items.size() || !ahead.isEmpty()) {
            while (next < items.size() && ahead.size() < helpers.window) {
                List<T> chunk = items.subList(next, Math.min(items.size(), next + CHUNK));
                ahead.add(helpers.render(chunk, item));
                next += chunk.size();
            }
            g.values(Helpers.await(ahead.removeFirst()));
        }
    }

    /**
     * The helper threads of one document, each with its own writer, so that the texts every finding repeats are
     * escaped once per thread and no cache is shared. Findings and the checked model are only read (fingerprints
     * and statuses are computed once, thread-safely), as when several outputs render them side by side.
     */
    private static final class Helpers implements AutoCloseable {
        private final java.util.concurrent.ExecutorService threads;
        private final ThreadLocal<PytmJsonDocumentWriter> writers;
        /** Chunks rendered or being rendered ahead of the one being copied out. */
        private final int window;

        Helpers(Findings findings, Map<String, TicketLink> tickets, int count) {
            this.threads = java.util.concurrent.Executors.newFixedThreadPool(count, task -> {
                Thread thread = new Thread(task, "tmj-json");
                thread.setDaemon(true);
                return thread;
            });
            this.writers = ThreadLocal.withInitial(() -> new PytmJsonDocumentWriter(findings, tickets, null, null));
            this.window = 3 * count;
        }

        <T> java.util.concurrent.Future<PythonJsonOutput.Buffer> render(List<T> chunk, Item<T> item) {
            return threads.submit(() -> {
                PytmJsonDocumentWriter writer = writers.get();
                PythonJsonOutput.Buffer bytes = new PythonJsonOutput.Buffer(chunk.size() * 1024);
                writer.g = new PythonJsonOutput(bytes);
                for (T t : chunk) {
                    item.write(writer, t);
                }
                writer.g.flush();
                return bytes;
            });
        }

        static PythonJsonOutput.Buffer await(java.util.concurrent.Future<PythonJsonOutput.Buffer> chunk)
                throws IOException {
            try {
                return chunk.get();
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while writing pytm's JSON");
            }
        }

        @Override
        public void close() {
            threads.shutdownNow();
        }
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
        each(model.data(), (writer, d) -> writer.writeObject(d, null));
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
        each(elements, (writer, e) -> writer.writeObject(e, e.type().isActorOrAsset() ? e.type().pytmName() : null));
        g.endArray();
    }

    /** An element, data item or controls: {@code __class__} when given, then every attribute in sorted order. */
    private void writeObject(ModelObject object, String className) throws IOException {
        g.startObject();
        if (className != null) {
            g.key(CLASS);
            cached(className);
        }
        for (Attribute attribute : sorted(object.schema())) {
            if (attribute.extension() && !object.isSet(attribute.name())) {
                continue; // tmj's own attribute: pytm's output has it only where a model set it, as pytm would
            }
            g.key(keys.computeIfAbsent(attribute, a -> PythonJsonOutput.literal(a.name())));
            writeValue(object, attribute);
        }
        g.endObject();
    }

    private List<Attribute> sorted(Schema schema) {
        return sortedAttributes.computeIfAbsent(schema, s -> {
            List<Attribute> attributes = new ArrayList<>(s.attributes());
            attributes.sort(Comparator.comparing(Attribute::name));
            return attributes;
        });
    }

    private void writeValue(ModelObject object, Attribute attribute) throws IOException {
        Object value = object.get(attribute.name());
        switch (attribute.type()) {
            case BOOLEAN -> g.bool((Boolean) value);
            case INT -> g.number((Long) value);
            case STRING -> cached((String) value);
            case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION ->
                    text(attribute.type().pytmName() + "." + ((Enum<?>) value).name());
            case BOUNDARY, DATAFLOW, ELEMENT -> {
                if (value == null) {
                    g.nullValue();
                } else {
                    cached(((Element) value).name());
                }
            }
            case DATA_SET -> {
                // pytm writes one name per item of its DataSet, so two data of one name give the name twice. It
                // writes them in the set's hash order, which changes from run to run; tmj sorts them by name.
                g.startArray();
                for (String name : ((Collection<?>) value).stream().map(d -> ((Data) d).name()).sorted().toList()) {
                    cached(name);
                }
                g.endArray();
            }
            case DATAFLOWS, ELEMENTS -> {
                g.startArray();
                for (Object item : (Collection<?>) value) {
                    cached(((Element) item).name());
                }
                g.endArray();
            }
            case FINDINGS -> {
                g.startArray();
                for (Finding f : findings.of((Element) object)) {
                    text(f.id());
                }
                g.endArray();
            }
            case OVERRIDES -> {
                // pytm writes each override's (blank) finding id; tmj writes the SID it overrides.
                g.startArray();
                for (Object item : (Collection<?>) value) {
                    text(((FindingOverride) item).threatId());
                }
                g.endArray();
            }
            case ASSUMPTIONS -> {
                @SuppressWarnings("unchecked")
                List<Assumption> assumptions = (List<Assumption>) value;
                writeAssumptionNames(assumptions);
            }
            case LEVELS, STRING_SET, STRINGS -> {
                // Sets are stored sorted, as pytm writes them.
                g.startArray();
                for (Object item : (Collection<?>) value) {
                    if (item instanceof Long l) {
                        g.number(l);
                    } else {
                        text((String) item);
                    }
                }
                g.endArray();
            }
            case CONTROLS -> writeObject((Controls) value, null);
            case IMPACT -> text(value == null ? null : ValueType.text(value)); // tmj's extension: written only when a model sets it
        }
    }

    private void writeAssumptionNames(List<Assumption> assumptions) throws IOException {
        g.startArray();
        for (Assumption a : assumptions) {
            text(a.name());
        }
        g.endArray();
    }

    /**
     * pytm's finding dict, keys sorted, with tmj's keys among them: {@code fingerprint}, {@code location},
     * {@code stride} ({@code linddun} for a privacy threat), and how
     * the finding is handled: {@code status} (its label), {@code owner}, {@code justification}, {@code expires}
     * ("" or an ISO date) and {@code evidence} (a list of {@code {detail, passed, test}}).
     */
    private void writeFinding(Finding f) throws IOException {
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
        text(f.fingerprint());
        g.key(ID);
        text(f.id());
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
        writeLocation(f);
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
        text(f.status().label());
        g.key(STRIDE);
        cached(f.stride());
        g.key(TARGET);
        cached(f.target());
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

    /** A string value. */
    private void text(String s) throws IOException {
        if (s == null) {
            g.nullValue();
            return;
        }
        g.string(s);
    }

    /**
     * A string value that recurs (a threat text, an element name): escaped once per string instance, then
     * written as the bytes of its JSON literal. Threat texts make up most of the output, so this is what keeps
     * the output fast.
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
