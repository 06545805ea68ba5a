package dev.tmj.sequence;

import dev.tmj.io.XmlText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;

/**
 * Renders PlantUML sequence-diagram text to SVG or PNG in process, with PlantUML's MIT-licensed build. Sequence
 * diagrams are laid out by PlantUML itself, so no Graphviz is needed. The same text gives the same SVG bytes on
 * every run (PlantUML embeds its version and the encoded source, neither of which varies).
 */
final class SequenceImages {
    private SequenceImages() {
    }

    /** The SVG document (UTF-8) or PNG image for the text. */
    static byte[] image(String plantUml, FileFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramDescription description;
        try {
            description = new SourceStringReader(plantUml).outputImage(out, new FileFormatOption(format, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // PlantUML draws a picture of the error instead of failing; text from SequenceDiagram never gets here.
        if (description == null || "(Error)".equals(description.getDescription())) {
            throw new IllegalArgumentException("PlantUML could not read the diagram"
                    + (description == null ? " (no @startuml block)" : " (syntax error)"));
        }
        if (format == FileFormat.SVG) {
            // PlantUML writes a name's ">" as it is, and "]]>" is not allowed in XML text.
            return XmlText.escapeCdataEnds(out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return out.toByteArray();
    }
}
