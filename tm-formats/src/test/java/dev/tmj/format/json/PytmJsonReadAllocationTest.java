package dev.tmj.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles;
import dev.tmj.model.Model;
import dev.tmj.testing.AllocatedBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reading a large pytm JSON model allocates, in bytes counted exactly by the JVM: the located tree, the model
 * and every temporary object on the way, which the young collections of a 50,000-flow run copy again and again
 * (docs/performance.md, "Reading and checking at 50,000 flows: allocation").
 */
class PytmJsonReadAllocationTest {
    private static final int FLOWS = 20_000;

    @TempDir
    Path dir;

    /**
     * pytm JSON shaped like the 50,000-flow benchmark model, on one line: a quarter as many servers and datastores
     * as flows in nested boundaries, a tenth as many data items, each flow with a protocol, two data items and
     * empty controls.
     */
    static String model(int flows) {
        StringBuilder json = new StringBuilder("{\"name\":\"Synthetic\",\"description\":\"\",\"isOrdered\":true,"
                + "\"boundaries\":[");
        int boundaries = flows / 80 + 2;
        for (int i = 0; i < boundaries; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"Boundary ").append(i).append('"')
                    .append(i % 3 == 2 ? ",\"inBoundary\":\"Boundary " + (i - 1) + "\"" : "")
                    .append(",\"controls\":{}}");
        }
        json.append("],\"data\":[");
        int data = flows / 10 + 2;
        for (int i = 0; i < data; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"Data ").append(i)
                    .append("\",\"format\":\"XML\",\"classification\":\"SENSITIVE\",\"isPII\":")
                    .append(i % 3 == 0).append(",\"isCredentials\":false}");
        }
        json.append("],\"elements\":[");
        int nodes = flows / 4 + 2;
        for (int i = 0; i < nodes; i++) {
            json.append(i == 0 ? "" : ",").append("{\"__class__\":\"").append(i % 5 == 4 ? "Datastore" : "Server")
                    .append("\",\"name\":\"Node ").append(i).append("\",\"inBoundary\":\"Boundary ")
                    .append(i % boundaries).append("\",\"controls\":")
                    .append(i % 2 == 0 ? "{\"isHardened\":true,\"sanitizesInput\":true}}" : "{}}");
        }
        json.append("],\"flows\":[");
        for (int i = 0; i < flows; i++) {
            int source = i % nodes;
            int sink = (i * 7 + 1) % nodes == source ? (i + 1) % nodes : (i * 7 + 1) % nodes;
            json.append(i == 0 ? "" : ",").append("{\"name\":\"Flow ").append(i).append("\",\"source\":\"Node ")
                    .append(source).append("\",\"sink\":\"Node ").append(sink)
                    .append("\",\"protocol\":\"gRPC\",\"data\":[\"Data ").append(i % data).append("\",\"Data ")
                    .append((i * 3 + 1) % data).append("\"],\"controls\":{}}");
        }
        return json.append("]}").toString();
    }

    @Test
    void should_read_a_large_pytm_json_file_allocating_under_3_kb_a_flow() throws IOException {
        Path file = Files.writeString(dir.resolve("m.json"), model(FLOWS), StandardCharsets.US_ASCII);
        ModelFiles.read(Files.writeString(dir.resolve("warm.json"), model(100))); // classes loaded, not a flow's cost
        Model[] read = new Model[1];
        long bytes = AllocatedBytes.of(() -> read[0] = ModelFiles.read(file));
        assertThat(read[0].dataflows()).hasSize(FLOWS);
        // 4,600 bytes a flow with a JsonLocation and a place record for each value, labels and name lists kept for
        // errors, a set for each object's attribute names, and the file copied twice over
        assertThat(bytes / FLOWS).as("bytes allocated a flow by reading %d flows", FLOWS).isLessThan(3_000);
    }

    @Test
    void should_read_a_model_file_into_one_array_of_its_size() throws IOException {
        Path file = Files.writeString(dir.resolve("m.json"), model(FLOWS), StandardCharsets.US_ASCII);
        long size = Files.size(file);
        dev.tmj.format.ModelText.read(Files.writeString(dir.resolve("warm.json"), model(100)));
        long bytes = AllocatedBytes.of(() -> dev.tmj.format.ModelText.read(file));
        // the bytes and the text (one byte a character, ASCII): three times the size when read in chunks and joined
        assertThat(bytes).as("bytes allocated to read a file of %d bytes", size).isLessThan(size * 5 / 2);
    }
}
