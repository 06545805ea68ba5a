package dev.tmj.format.json;

import dev.tmj.model.Assumption;
import dev.tmj.model.Attribute;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.ModelObject;
import dev.tmj.model.Schema;
import dev.tmj.model.ValueType;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An element, data item or controls as pytm's {@code --json} writes it: {@code __class__} when given, then every
 * attribute in sorted order, with names instead of references. One per thread of a {@link PytmJsonDocumentWriter}
 * (its caches are not shared); the output is given with each call.
 */
final class PytmObjectWriter {
    private static final byte[] SEPARATOR = {',', ' '};
    private static final byte[] COLON = {':', ' '};
    private static final byte[] NOTHING = {};
    private static final byte[] CLASS = key("__class__", NOTHING);
    private static final byte[] OPEN_OBJECT = {'{'};
    private static final byte[] CLOSE_OBJECT = {'}'};
    private static final byte[] OPEN_LIST = {'['};
    private static final byte[] CLOSE_LIST = {']'};
    private static final byte[] EMPTY_TEXT = {'"', '"'};
    private static final byte[] EMPTY_LIST = {'[', ']'};

    private final Findings findings;
    /** Each element's and data item's name as a literal, shared by the threads of one document. */
    private final NameLiterals names;
    /** The layout of each schema met so far. */
    private final List<Layout> layouts = new ArrayList<>();
    /** Objects of scalars only, by their values: {@link #appendByContent}. */
    private final Map<Content, byte[]> contents = new HashMap<>();
    private final Content probe = new Content();
    private static final int CONTENTS = 1024;
    private static final Comparator<Data> BY_NAME = Comparator.comparing(Data::name);
    /**
     * {@code "Classification.SECRET"} and the like, by value type and constant ordinal: each escaped once per
     * constant, and found without an identity hash (a call into the VM per lookup in C1-compiled code).
     */
    private final byte[][][] enumLiterals = new byte[ValueType.values().length][][];

    PytmObjectWriter(Findings findings, NameLiterals names) {
        this.findings = findings;
        this.names = names;
    }

    /**
     * A schema's attributes in pytm's order (sorted by name) with their keys encoded as {@code , "name": } (the
     * first attribute written skips the separator), and how to read each value without a lookup by name. A boolean
     * attribute's key comes with each value too ({@code , "isHardened": false}): most attributes are booleans.
     */
    private record Layout(Schema schema, Attribute[] attributes, byte[][] keys, byte[][] withTrue,
            byte[][] withFalse, int booleans, boolean scalarsOnly, int name) {
        static Layout of(Schema schema) {
            Attribute[] attributes = schema.attributes().toArray(Attribute[]::new);
            Arrays.sort(attributes, Comparator.comparing(Attribute::name));
            byte[][] keys = new byte[attributes.length][];
            byte[][] withTrue = new byte[attributes.length][];
            byte[][] withFalse = new byte[attributes.length][];
            for (int i = 0; i < attributes.length; i++) {
                keys[i] = key(attributes[i].name(), NOTHING);
                withTrue[i] = key(attributes[i].name(), PythonJsonOutput.TRUE);
                withFalse[i] = key(attributes[i].name(), PythonJsonOutput.FALSE);
            }
            int booleans = (int) Arrays.stream(attributes).filter(a -> a.type() == ValueType.BOOLEAN).count();
            // Written the same whenever the values are: no references, no findings, no extension attribute (which
            // is written only where set), at most one bit per boolean in a long.
            boolean scalarsOnly = booleans <= Long.SIZE && Arrays.stream(attributes).allMatch(a -> !a.extension()
                    && (a.type() == ValueType.BOOLEAN || a.type() == ValueType.STRING || a.type() == ValueType.INT));
            int name = Arrays.asList(attributes).indexOf(schema.find("name").orElse(null)); // -1: none
            return new Layout(schema, attributes, keys, withTrue, withFalse, booleans, scalarsOnly, name);
        }
    }

    /** {@code , "name": } followed by a value's bytes. */
    private static byte[] key(String name, byte[] value) {
        byte[] literal = PythonJsonOutput.literal(name);
        byte[] key = Arrays.copyOf(SEPARATOR, SEPARATOR.length + literal.length + COLON.length + value.length);
        int at = SEPARATOR.length;
        for (byte[] part : new byte[][] {literal, COLON, value}) {
            System.arraycopy(part, 0, key, at, part.length);
            at += part.length;
        }
        return key;
    }

    /**
     * The object, with {@code __class__} first when {@code className} is not null, as the next value of the current
     * list. An object's shape is fixed by its schema, so it is written as one value, its keys and separators
     * copied from the {@link Layout} without {@link PythonJsonOutput}'s bookkeeping per value (a 50,000-flow model
     * has eight million attribute values, most of them the controls' booleans).
     */
    void write(PythonJsonOutput g, ModelObject object, String className) throws IOException {
        g.beginValue();
        appendObject(g, object, className);
    }

    private void appendObject(PythonJsonOutput g, ModelObject object, String className) throws IOException {
        Layout layout = layout(object.schema());
        if (layout.scalarsOnly() && className == null) {
            appendByContent(g, object, layout);
            return;
        }
        appendFields(g, object, className, layout);
    }

    /**
     * An object of booleans, numbers and texts only (the controls) as the bytes last written for the same values:
     * of a 50,000-flow model's 75,625 controls 5,142 differ, and most are the defaults. Up to {@link #CONTENTS}
     * distinct objects are kept per writer; the first ones met are the common ones.
     */
    private void appendByContent(PythonJsonOutput g, ModelObject object, Layout layout) throws IOException {
        Attribute[] attributes = layout.attributes();
        long booleans = 0;
        Object[] others = probe.others.length == attributes.length ? probe.others : new Object[attributes.length];
        int bit = 0;
        int other = 0;
        for (Attribute attribute : attributes) {
            Object value = object.valueOf(attribute.nameId());
            if (attribute.type() == ValueType.BOOLEAN) {
                booleans |= (Boolean) value ? 1L << bit : 0;
                bit++;
            } else {
                others[other++] = value;
            }
        }
        Arrays.fill(others, other, others.length, null);
        probe.set(layout.schema(), booleans, others);
        byte[] bytes = contents.get(probe); // looked up without a key object per object written
        if (bytes == null) {
            PythonJsonOutput scratch = PythonJsonOutput.inMemory(new byte[2048]);
            appendFields(scratch, object, null, layout);
            bytes = Arrays.copyOf(scratch.bytes(), scratch.size());
            if (contents.size() < CONTENTS) {
                Content kept = new Content();
                kept.set(layout.schema(), booleans, others.clone());
                contents.put(kept, bytes);
            }
        }
        g.append(bytes);
    }

    /**
     * The values of an object of {@link Layout#scalarsOnly() scalars only}: its booleans as bits, the others. A
     * kept one never changes; the writer's {@link #probe} is refilled for each lookup.
     */
    private static final class Content {
        private Schema schema;
        private long booleans;
        private Object[] others = new Object[0];
        private int hash;

        void set(Schema schema, long booleans, Object[] others) {
            this.schema = schema;
            this.booleans = booleans;
            this.others = others;
            // the schema is compared, not hashed: an identity hash is a call into the VM in C1-compiled code
            this.hash = Long.hashCode(booleans) * 31 + Arrays.hashCode(others);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Content c && c.schema == schema && c.booleans == booleans && c.hash == hash
                    && Arrays.equals(c.others, others);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private void appendFields(PythonJsonOutput g, ModelObject object, String className, Layout layout)
            throws IOException {
        g.append(OPEN_OBJECT);
        boolean first = true;
        if (className != null) {
            g.append(CLASS, SEPARATOR.length);
            g.appendString(className);
            first = false;
        }
        Attribute[] attributes = layout.attributes();
        for (int i = 0; i < attributes.length; i++) {
            Attribute attribute = attributes[i];
            if (attribute.extension() && !object.isSet(attribute.name())) {
                continue; // tmj's own attribute: pytm's output has it only where a model set it, as pytm would
            }
            int from = first ? SEPARATOR.length : 0;
            first = false;
            if (attribute.type() == ValueType.BOOLEAN) {
                g.append((Boolean) object.valueOf(attribute.nameId()) ? layout.withTrue()[i] : layout.withFalse()[i],
                        from);
                continue;
            }
            g.append(layout.keys()[i], from);
            byte[] name = i == layout.name() ? names.of(object) : null;
            if (name != null) {
                g.append(name); // the object's own name, escaped once for every place it is written
                continue;
            }
            appendValue(g, object, attribute);
        }
        g.append(CLOSE_OBJECT);
    }

    /** The schema's layout: a short list searched by identity (there are a dozen schemas, elements nest controls). */
    private Layout layout(Schema schema) {
        for (Layout layout : layouts) {
            if (layout.schema() == schema) {
                return layout;
            }
        }
        Layout layout = Layout.of(schema);
        layouts.add(layout);
        return layout;
    }

    private void appendValue(PythonJsonOutput g, ModelObject object, Attribute attribute) throws IOException {
        Object value = object.valueOf(attribute.nameId());
        switch (attribute.type()) {
            case BOOLEAN -> g.append((Boolean) value ? PythonJsonOutput.TRUE : PythonJsonOutput.FALSE); // see appendObject
            case INT -> g.appendNumber((Long) value);
            case STRING -> appendText(g, (String) value);
            case CLASSIFICATION, TLS_VERSION, LIFETIME, DATASTORE_TYPE, ACTION -> {
                Enum<?> constant = (Enum<?>) value;
                byte[][] literals = enumLiterals[attribute.type().ordinal()];
                if (literals == null) {
                    literals = new byte[constant.getDeclaringClass().getEnumConstants().length][];
                    enumLiterals[attribute.type().ordinal()] = literals;
                }
                byte[] literal = literals[constant.ordinal()];
                if (literal == null) {
                    literal = PythonJsonOutput.literal(attribute.type().pytmName() + "." + constant.name());
                    literals[constant.ordinal()] = literal;
                }
                g.append(literal);
            }
            case BOUNDARY, DATAFLOW, ELEMENT -> appendName(g, (Element) value);
            case DATA_SET -> {
                // pytm writes one name per item of its DataSet, so two data of one name give the name twice. It
                // writes them in the set's hash order, which changes from run to run; tmj sorts them by name.
                Data[] data = ((Collection<?>) value).toArray(Data[]::new);
                Arrays.sort(data, BY_NAME);
                g.append(OPEN_LIST);
                for (int i = 0; i < data.length; i++) {
                    if (i > 0) {
                        g.append(SEPARATOR);
                    }
                    appendName(g, data[i]);
                }
                g.append(CLOSE_LIST);
            }
            case DATAFLOWS, ELEMENTS -> {
                // lists by index: an iterator per list is garbage a 50,000-flow model makes a hundred thousand times
                List<?> elements = (List<?>) value;
                g.append(OPEN_LIST);
                for (int i = 0; i < elements.size(); i++) {
                    if (i > 0) {
                        g.append(SEPARATOR);
                    }
                    appendName(g, (Element) elements.get(i));
                }
                g.append(CLOSE_LIST);
            }
            case FINDINGS -> {
                List<Finding> of = findings.of((Element) object);
                g.append(OPEN_LIST);
                for (int i = 0; i < of.size(); i++) {
                    if (i > 0) {
                        g.append(SEPARATOR);
                    }
                    appendId(g, of.get(i));
                }
                g.append(CLOSE_LIST);
            }
            case OVERRIDES -> {
                // pytm writes each override's (blank) finding id; tmj writes the SID it overrides.
                List<?> overrides = (List<?>) value;
                g.append(OPEN_LIST);
                for (int i = 0; i < overrides.size(); i++) {
                    if (i > 0) {
                        g.append(SEPARATOR);
                    }
                    appendText(g, ((FindingOverride) overrides.get(i)).threatId());
                }
                g.append(CLOSE_LIST);
            }
            case ASSUMPTIONS -> {
                List<?> assumptions = (List<?>) value;
                g.append(OPEN_LIST);
                for (int i = 0; i < assumptions.size(); i++) {
                    if (i > 0) {
                        g.append(SEPARATOR);
                    }
                    appendText(g, ((Assumption) assumptions.get(i)).name());
                }
                g.append(CLOSE_LIST);
            }
            case LEVELS, STRING_SET, STRINGS -> {
                // Sets are stored sorted, as pytm writes them.
                Collection<?> items = (Collection<?>) value;
                if (items.isEmpty()) {
                    g.append(EMPTY_LIST); // most are, and an iterator each was garbage
                    return;
                }
                g.append(OPEN_LIST);
                boolean first = true;
                for (Object item : items) {
                    if (!first) {
                        g.append(SEPARATOR);
                    }
                    first = false;
                    if (item instanceof Long l) {
                        g.appendNumber(l);
                    } else {
                        appendText(g, (String) item);
                    }
                }
                g.append(CLOSE_LIST);
            }
            case CONTROLS -> appendObject(g, (Controls) value, null);
            case IMPACT -> appendText(g, value == null ? null : ValueType.text(value)); // tmj's extension: written only when a model sets it
            default -> {
                // no element, data or controls attribute has another type
            }
        }
    }

    /** A reference as its name (or {@code null}): the name's literal when the object is one of the model's. */
    private void appendName(PythonJsonOutput g, ModelObject object) throws IOException {
        if (object == null) {
            g.append(PythonJsonOutput.NULL);
            return;
        }
        byte[] literal = names.of(object);
        if (literal != null) {
            g.append(literal);
        } else {
            appendText(g, object instanceof Data d ? d.name() : ((Element) object).name());
        }
    }

    /** A finding's id: its running number's digits without a String, or the id an override gave it. */
    static void appendId(PythonJsonOutput g, Finding f) throws IOException {
        int number = f.idNumber();
        if (number >= 0) {
            g.appendQuotedNumber(number);
        } else {
            appendText(g, f.id());
        }
    }

    private static void appendText(PythonJsonOutput g, String s) throws IOException {
        if (s == null) {
            g.append(PythonJsonOutput.NULL);
        } else if (s.isEmpty()) {
            g.append(EMPTY_TEXT); // most descriptions, protocols, ports...
        } else {
            g.appendString(s);
        }
    }
}
