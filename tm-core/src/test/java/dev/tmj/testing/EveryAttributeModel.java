package dev.tmj.testing;

import dev.tmj.model.Attribute;
import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Lifetime;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import dev.tmj.model.Schemas;
import dev.tmj.model.TLSVersion;
import dev.tmj.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated model that gives every attribute of every element type, every control and every data attribute
 * a random value, with flows between all kinds of element across nested boundaries: a model on which every
 * threat condition has something to decide.
 */
public final class EveryAttributeModel {
    private static final List<String> PROTOCOLS = List.of("", "HTTP", "HTTPS", "SOAP", "IMAP", "SMTP", "SSH");
    private static final List<String> FORMATS = List.of("", "JSON", "XML", "CSV");
    private static final List<String> ALGORITHMS = List.of("", "RSA", "AES", "DES");

    private final Random random;
    private final Model model;

    private EveryAttributeModel(long seed) {
        this.random = new Random(seed);
        this.model = Model.named("every attribute " + seed);
    }

    /** A model with {@code copies} elements of each type, generated from {@code seed}. */
    public static Model generate(long seed, int copies) {
        EveryAttributeModel generator = new EveryAttributeModel(seed);
        generator.build(copies);
        return generator.model;
    }

    private void build(int copies) {
        Element outer = model.add(ElementType.BOUNDARY, "Outer");
        Element inner = model.add(ElementType.BOUNDARY, "Inner").set("inBoundary", outer);
        List<Element> boundaries = List.of(outer, inner);
        List<Data> data = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Data d = model.data("data " + i);
            randomize(d);
            data.add(d);
        }
        List<Element> nodes = new ArrayList<>();
        for (ElementType type : ElementType.values()) {
            if (type == ElementType.DATAFLOW || type == ElementType.BOUNDARY) {
                continue;
            }
            for (int i = 0; i < copies; i++) {
                Element e = model.add(type, type.pytmName() + " " + i);
                randomize(e);
                if (random.nextInt(3) > 0) {
                    e.set("inBoundary", boundaries.get(random.nextInt(2)));
                }
                if (e.schema().has("data") && random.nextBoolean()) {
                    e.set("data", List.of(data.get(random.nextInt(data.size()))));
                }
                nodes.add(e);
            }
        }
        for (int i = 0; i < nodes.size() * 2; i++) {
            Element source = nodes.get(random.nextInt(nodes.size()));
            Element sink = nodes.get(random.nextInt(nodes.size()));
            if (source == sink) {
                continue;
            }
            Element flow = model.dataflow(source, sink, "flow " + i);
            randomize(flow);
            List<Data> carried = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                carried.add(data.get(random.nextInt(data.size())));
            }
            flow.set("data", carried);
        }
    }

    private void randomize(ModelObject object) {
        for (Attribute a : object.schema().attributes()) {
            // pytm's attributes only: the models are compared with pytm's library, and a new extension must not
            // change the random values every other attribute gets
            if (a.extension() || random.nextInt(3) == 0) {
                continue;
            }
            Object value = value(a);
            if (value != null) {
                object.set(a.name(), value);
            }
        }
        if (object instanceof Element e) {
            for (Attribute c : Schemas.CONTROLS.attributes()) {
                Object value = value(c);
                if (value != null) {
                    e.controls().set(c.name(), value);
                }
            }
        }
    }

    private Object value(Attribute a) {
        ValueType type = a.type();
        return switch (type) {
            case BOOLEAN -> a.name().equals("isResponse") ? random.nextInt(4) == 0 : random.nextBoolean();
            case STRING -> a.name().equals("protocol") ? pick(PROTOCOLS) : a.name().equals("format") ? pick(FORMATS)
                    : a.name().equals("usesEncryptionAlgorithm") ? pick(ALGORITHMS)
                    : a.name().equals("environment") ? pick(List.of("", "Production", "CI")) : null;
            case INT -> a.name().equals("order") || a.name().equals("severity") ? null : random.nextInt(65536);
            case CLASSIFICATION -> pick(List.of(Classification.values()));
            case TLS_VERSION -> pick(List.of(TLSVersion.values()));
            case LIFETIME -> pick(List.of(Lifetime.values()));
            case DATASTORE_TYPE -> pick(List.of(DatastoreType.values()));
            case LEVELS -> Set.of(random.nextInt(3));
            default -> null;
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
