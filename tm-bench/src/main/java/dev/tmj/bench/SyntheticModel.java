package dev.tmj.bench;

import dev.tmj.model.Attribute;
import dev.tmj.model.Classification;
import dev.tmj.model.Controls;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic model of a given number of dataflows, shaped like the generator behind pytm 1.4.0's
 * published timings (PYTM_FACTS.md §8), so that tmj's figures compare with pytm's on a model of the same size.
 *
 * <p>For {@code n} flows: {@code max(8, n/4)} nodes of a fixed type mix, {@code max(2, nodes/20)} boundaries
 * (every third nested in the previous one), {@code max(4, n/10)} data items, a chain through all nodes plus
 * random edges up to {@code n} flows, every fourth flow the response to the flow before it. About half the
 * nodes have some controls on; one node in ten is out of scope. The same {@code n} always gives the same
 * model (seeded {@link Random}, seed {@value #SEED}); 5,000 flows give 6,312 elements, as in pytm's table.
 */
public final class SyntheticModel {
    /** The seed of every generated model. */
    public static final long SEED = 42;

    /** Node types and their share in percent (they add up to 100). */
    private static final ElementType[] NODE_TYPES = {ElementType.SERVER, ElementType.PROCESS,
        ElementType.DATASTORE, ElementType.ACTOR, ElementType.LAMBDA, ElementType.EXTERNAL_ENTITY,
        ElementType.SET_OF_PROCESSES, ElementType.LLM, ElementType.AGENT};
    private static final int[] NODE_PERCENT = {35, 20, 15, 10, 5, 5, 5, 3, 2};

    private static final String[] PROTOCOLS = {"HTTPS", "HTTP", "gRPC", "SQL", "AMQP", "SSH"};
    private static final String[] FORMATS = {"JSON", "XML"};

    /** The boolean controls, in schema order, so that picks by index are stable. */
    private static final List<String> CONTROLS = new Controls().schema().attributes().stream()
            .filter(a -> a.type() == ValueType.BOOLEAN).map(Attribute::name).toList();

    private SyntheticModel() {
    }

    /** Number of nodes (actors, assets) a model of {@code flows} dataflows gets. */
    public static int nodeCount(int flows) {
        return Math.max(8, flows / 4);
    }

    /** Number of boundaries a model of {@code flows} dataflows gets. */
    public static int boundaryCount(int flows) {
        return Math.max(2, nodeCount(flows) / 20);
    }

    /** Number of data items a model of {@code flows} dataflows gets. */
    public static int dataCount(int flows) {
        return Math.max(4, flows / 10);
    }

    /** A model with exactly {@code flows} dataflows; its elements are nodes, then boundaries, then flows. */
    public static Model generate(int flows) {
        if (flows < 1) {
            throw new IllegalArgumentException("flows must be positive: " + flows);
        }
        Random random = new Random(SEED);
        Model model = Model.named("Synthetic model, " + flows + " flows");
        model.set("isOrdered", true);
        List<Element> boundaries = boundaries(model, boundaryCount(flows));
        List<Element> nodes = nodes(model, nodeCount(flows), boundaries, random);
        List<Data> data = data(model, dataCount(flows), random);
        dataflows(model, flows, nodes, data, random);
        return model;
    }

    /**
     * The model of {@link #generate} after a change, for timing {@code tmj diff}: every 100th flow speaks another
     * protocol, every 50th node has {@code isHardened} switched, and 25 new servers each get a flow from a node
     * (so 50 elements added, 75 changed, none removed; diffing the other way round removes them).
     */
    public static Model edited(int flows) {
        Model model = generate(flows);
        List<Element> dataflows = model.dataflows();
        for (int i = 0; i < dataflows.size(); i += 100) {
            Element flow = dataflows.get(i);
            String protocol = (String) flow.get("protocol");
            flow.set("protocol", protocol.equals("SSH") ? "HTTPS" : "SSH");
        }
        List<Element> nodes = model.elements().stream().filter(e -> !e.isBoundary() && !e.isDataflow()).toList();
        for (int i = 0; i < nodes.size(); i += 50) {
            Controls controls = nodes.get(i).controls();
            controls.set("isHardened", !controls.is("isHardened"));
        }
        for (int i = 0; i < 25; i++) {
            Element server = model.add(ElementType.SERVER, "Added server " + i);
            model.dataflow(nodes.get(i * 7 % nodes.size()), server, "Added flow " + i);
        }
        return model;
    }

    private static List<Element> boundaries(Model model, int count) {
        List<Element> boundaries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Element boundary = model.add(ElementType.BOUNDARY, "Boundary " + i);
            if (i % 3 == 2) {
                boundary.set("inBoundary", boundaries.get(i - 1));
            }
            boundaries.add(boundary);
        }
        return boundaries;
    }

    private static List<Element> nodes(Model model, int count, List<Element> boundaries, Random random) {
        List<Element> nodes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ElementType type = nodeType(random.nextInt(100));
            Element node = model.add(type, type.pytmName() + " " + i);
            if (random.nextInt(5) != 0) {
                node.set("inBoundary", boundaries.get(random.nextInt(boundaries.size())));
            }
            if (random.nextBoolean()) {
                Controls controls = node.controls();
                int on = 1 + random.nextInt(8);
                for (int c = 0; c < on; c++) {
                    controls.set(CONTROLS.get(random.nextInt(CONTROLS.size())), true);
                }
            }
            if (random.nextInt(10) == 0) {
                node.set("inScope", false);
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static ElementType nodeType(int percentile) {
        int bound = 0;
        for (int i = 0; i < NODE_TYPES.length; i++) {
            bound += NODE_PERCENT[i];
            if (percentile < bound) {
                return NODE_TYPES[i];
            }
        }
        throw new IllegalStateException("node shares do not add up to 100");
    }

    private static List<Data> data(Model model, int count, Random random) {
        Classification[] levels = Classification.values();
        List<Data> data = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Data datum = model.data("Data " + i)
                    .set("classification", levels[random.nextInt(levels.length)])
                    .set("isPII", random.nextInt(4) == 0)
                    .set("isCredentials", random.nextInt(5) == 0)
                    .set("format", FORMATS[random.nextInt(FORMATS.length)]);
            data.add(datum);
        }
        return data;
    }

    private static void dataflows(Model model, int count, List<Element> nodes, List<Data> data, Random random) {
        Element previous = null;
        int chain = 0;
        for (int i = 0; i < count; i++) {
            Element flow;
            if (i % 4 == 3) {
                flow = model.dataflow(previous.sink(), previous.source(), "Flow " + i + " (response)")
                        .set("isResponse", true)
                        .set("data", previous.get("data"));
            } else {
                Element source;
                Element sink;
                if (chain < nodes.size() - 1) {
                    source = nodes.get(chain);
                    sink = nodes.get(++chain);
                } else {
                    source = nodes.get(random.nextInt(nodes.size()));
                    do {
                        sink = nodes.get(random.nextInt(nodes.size()));
                    } while (sink == source);
                }
                flow = model.dataflow(source, sink, "Flow " + i)
                        .set("data", List.of(data.get(random.nextInt(data.size())),
                                data.get(random.nextInt(data.size()))));
            }
            flow.set("protocol", PROTOCOLS[random.nextInt(PROTOCOLS.length)]);
            previous = flow;
        }
    }
}
