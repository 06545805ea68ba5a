package dev.tmj.format.otm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.tmj.format.json.EscapingJsonWriter;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a resolved model as an Open Threat Model document (OTM 0.2.0, JSON): boundaries as trust zones, elements as
 * components, flows as dataflows, data as assets, and the findings as threats (one per SID, described by the threat
 * library) with each finding's status as the state of its threat and mitigation on its component or dataflow. Every
 * tmj attribute OTM has no field for travels in {@code attributes.tmj}, and what an imported OTM document had that
 * tmj does not use is written back, so that {@link OtmReader} reads the same model again. The same findings always
 * give the same bytes.
 */
public final class OtmWriter implements Renderer<Findings> {
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void writeTo(Findings findings, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(EscapingJsonWriter.twoSpaceIndent());
            new OtmDocumentWriter(findings, g).write();
            g.flush();
            out.write('\n');
        }
    }
}
