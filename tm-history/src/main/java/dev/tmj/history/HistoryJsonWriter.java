package dev.tmj.history;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.format.json.EscapingJsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The JSON form of {@link HistoryExport}, written with Jackson's generator as tmj's other JSON files are. */
final class HistoryJsonWriter {
    private HistoryJsonWriter() {
    }

    /** tmj's indented JSON: {@code {"findings": [{...}, ...]}} with null for a missing text and line a number. */
    static void write(List<HistoryExport.RunFindings> runs, Writer out) throws IOException {
        try (JsonGenerator g = EscapingJsonWriter.escaping("", false).open(out)) {
            g.setPrettyPrinter(EscapingJsonWriter.twoSpaceIndent());
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            for (HistoryExport.RunFindings r : runs) {
                for (RecordedFinding f : r.findings()) {
                    List<String> fields = HistoryExport.fields(r.run(), f);
                    g.writeStartObject();
                    for (int i = 0; i < HistoryExport.COLUMNS.size(); i++) {
                        String name = HistoryExport.COLUMNS.get(i);
                        String value = fields.get(i);
                        if (value == null) {
                            g.writeNullField(name);
                        } else if (name.equals("run") || name.equals("line")) {
                            g.writeNumberField(name, Long.parseLong(value));
                        } else {
                            g.writeStringField(name, value);
                        }
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }
}
