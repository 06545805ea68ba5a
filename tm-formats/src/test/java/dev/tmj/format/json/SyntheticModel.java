package dev.tmj.format.json;

import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large model shaped like pytm's benchmark generator (PYTM_FACTS.md §8): for N flows, N/4 nodes of mixed
 * classes, a boundary per 20 nodes (every third nested), N/10 data items, a chain over all nodes plus random
 * edges, every fourth flow a response, random controls on half the nodes, a tenth out of scope.
 */
final class SyntheticModel {
    private static final ElementType[] TYPES = {ElementType.SERVER, ElementType.SERVER, ElementType.SERVER,
        ElementType.SERVER, ElementType.SERVER, ElementType.SERVER, ElementType.SERVER, ElementType.PROCESS,
        ElementType.PROCESS, ElementType.PROCESS, ElementType.PROCESS, ElementType.DATASTORE, ElementType.DATASTORE,
        ElementType.DATASTORE, ElementType.ACTOR, ElementType.ACTOR, ElementType.LAMBDA,
        ElementType.EXTERNAL_ENTITY, ElementType.SET_OF_PROCESSES, ElementType.LLM};
    private static final String[] CONTROLS = {"sanitizesInput", "encodesOutput", "isHardened", "validatesInput",
        "hasAccessControl", "authenticatesSource", "isEncrypted", "usesParameterizedInput"};

    private SyntheticModel() {
    }

    static Model withFlows(int flowCount) {
        Random random = new Random(42);
        Model model = Model.named("Synthetic " + flowCount);
        int nodeCount = Math.max(8, flowCount / 4);
        List<Element> boundaries = new ArrayList<>();
        for (int i = 0; i < Math.max(2, nodeCount / 20); i++) {
            Element b = model.add(ElementType.BOUNDARY, "Boundary " + i);
            if (i % 3 == 2) {
                b.set("inBoundary", boundaries.get(i - 1));
            }
            boundaries.add(b);
        }
        List<Data> data = new ArrayList<>();
        for (int i = 0; i < Math.max(4, flowCount / 10); i++) {
            Data d = model.data("Data " + i).set("classification", Classification.values()[i % 6])
                    .set("isPII", i % 3 == 0).set("format", i % 2 == 0 ? "JSON" : "XML");
            if (i % 5 == 0) {
                d.set("isCredentials", true);
            }
            data.add(d);
        }
        List<Element> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            Element node = model.add(TYPES[i % TYPES.length], "Node " + i)
                    .set("inBoundary", boundaries.get(random.nextInt(boundaries.size())));
            if (random.nextBoolean()) {
                for (String control : CONTROLS) {
                    node.controls().set(control, random.nextBoolean());
                }
            }
            if (i % 10 == 9) {
                node.set("inScope", false);
            }
            nodes.add(node);
        }
        for (int i = 0; i < flowCount; i++) {
            Element source = nodes.get(i < nodeCount - 1 ? i : random.nextInt(nodeCount));
            Element sink = nodes.get(i < nodeCount - 1 ? i + 1 : random.nextInt(nodeCount));
            if (source == sink) {
                sink = nodes.get((nodes.indexOf(source) + 1) % nodeCount);
            }
            Element flow = model.dataflow(source, sink, "Flow " + i)
                    .set("protocol", random.nextBoolean() ? "HTTPS" : "HTTP")
                    .set("data", List.of(data.get(random.nextInt(data.size()))));
            if (i % 4 == 3) {
                flow.set("isResponse", true);
            }
        }
        return model;
    }
}
