package dev.tmj.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.testing.AllocatedBytes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What checking a large model allocates ({@link CheckedModel#of}: the copy and pytm's check), in bytes counted
 * exactly by the JVM: the young collections of a 50,000-flow run copy whatever the check leaves behind, so its
 * temporary objects are bounded here (docs/performance.md, "Reading and checking at 50,000 flows: allocation").
 */
class ModelCheckAllocationTest {
    private static final int FLOWS = 20_000;

    /**
     * A model shaped like the 50,000-flow benchmark model: a quarter as many servers and datastores as flows, in
     * boundaries, a tenth as many data items, two on each flow, every fourth flow a response named by nothing.
     */
    static Model model(int flows) {
        Model model = Model.named("Synthetic").set("isOrdered", true);
        List<Element> boundaries = new ArrayList<>();
        for (int i = 0; i < flows / 80 + 2; i++) {
            boundaries.add(model.add(ElementType.BOUNDARY, "Boundary " + i));
        }
        List<Element> nodes = new ArrayList<>();
        for (int i = 0; i < flows / 4 + 2; i++) {
            Element node = model.add(i % 5 == 4 ? ElementType.DATASTORE : ElementType.SERVER, "Node " + i)
                    .set("inBoundary", boundaries.get(i % boundaries.size()));
            if (i % 2 == 0) {
                node.controls().set("isHardened", true).set("sanitizesInput", true);
            }
            nodes.add(node);
        }
        List<Data> data = new ArrayList<>();
        for (int i = 0; i < flows / 10 + 2; i++) {
            data.add(model.data("Data " + i).set("isPII", i % 3 == 0));
        }
        for (int i = 0; i < flows; i++) {
            Element source = nodes.get(i % nodes.size());
            Element sink = nodes.get((i * 7 + 1) % nodes.size());
            if (source == sink) {
                sink = nodes.get((i + 1) % nodes.size());
            }
            Element flow = model.dataflow(source, sink, "Flow " + i).set("protocol", "gRPC")
                    .set("data", List.of(data.get(i % data.size()), data.get((i * 3 + 1) % data.size())));
            if (i % 4 == 3) {
                flow.set("isResponse", true);
            }
        }
        return model;
    }

    @Test
    void should_check_a_large_model_allocating_under_1500_bytes_a_flow() {
        Model model = model(FLOWS);
        CheckedModel.of(model(100)); // classes loaded, constants made: not what a flow costs
        long bytes = AllocatedBytes.of(() -> CheckedModel.of(model));
        // 2,400 bytes a flow when each copy had its own controls and each flow its own levels, lists and sets
        assertThat(bytes / FLOWS).as("bytes allocated a flow by copying and checking %d flows", FLOWS)
                .isLessThan(1_500);
    }
}
