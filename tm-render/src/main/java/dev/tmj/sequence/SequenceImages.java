package dev.tmj.sequence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
public final class SequenceImages {
    private SequenceImages() {
    }

    /** The SVG document for the text. */
    public static String svg(String plantUml) {
        return new String(render(plantUml, FileFormat.SVG), StandardCharsets.UTF_8);
    }

    /** The PNG image for the text. */
    public static byte[] png(String plantUml) {
        return render(plantUml, FileFormat.PNG);
    }

    /** Writes the SVG document (UTF-8) to a stream; the stream is not closed. */
    public static void writeSvg(String plantUml, OutputStream out) {
        write(plantUml, FileFormat.SVG, out);
    }

    /** Writes the PNG image to a stream; the stream is not closed. */
    public static void writePng(String plantUml, OutputStream out) {
        write(plantUml, FileFormat.PNG, out);
    }

    private static byte[] render(String plantUml, FileFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(plantUml, format, out);
        return out.toByteArray();
    }

    private static void write(String plantUml, FileFormat format, OutputStream out) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DiagramDescription description;
        try {
            description = new SourceStringReader(plantUml).outputImage(buffer, new FileFormatOption(format, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // PlantUML draws a picture of the error instead of failing; text from SequenceDiagram never gets here.
        if (description == null || "(Error)".equals(description.getDescription())) {
            throw new IllegalArgumentException("PlantUML could not read the diagram"
                    + (description == null ? " (no @startuml block)" : " (syntax error)"));
        }
        try {
            buffer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
