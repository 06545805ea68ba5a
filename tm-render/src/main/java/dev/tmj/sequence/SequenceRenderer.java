package dev.tmj.sequence;

import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import net.sourceforge.plantuml.FileFormat;

/**
 * pytm's {@code --seq}: a resolved model's {@link SequenceDiagram} as PlantUML text, or drawn by PlantUML in
 * process as an SVG document or a PNG image (no Graphviz needed) when it has at most {@link #messageLimit()}
 * messages.
 *
 * <pre>{@code
 * String plantUml = SequenceRenderer.plantUml().renderText(findings);
 * SequenceRenderer.svg().writeTo(findings, Path.of("seq.svg"));
 * }</pre>
 */
public final class SequenceRenderer implements Renderer<Findings> {
    /**
     * The most messages (flows) drawn as an image by default. PlantUML's layout time grows about with the square
     * of the messages (on a 2-CPU machine: 800 in 1.9 s, 1,600 in 5.8 s; 5,000 took over a minute and 50,000
     * overflowed its stack, see docs/performance.md), so a larger diagram fails at once
     * ({@link SequenceTooLargeException}), and {@code --out} writes its PlantUML text instead.
     */
    public static final int DEFAULT_MESSAGE_LIMIT = 2000;

    private static final SequenceRenderer PLANT_UML = new SequenceRenderer(null, DEFAULT_MESSAGE_LIMIT);
    private static final SequenceRenderer SVG = new SequenceRenderer(FileFormat.SVG, DEFAULT_MESSAGE_LIMIT);
    private static final SequenceRenderer PNG = new SequenceRenderer(FileFormat.PNG, DEFAULT_MESSAGE_LIMIT);

    /** The image format, or null for the PlantUML text. */
    private final FileFormat image;
    private final int messageLimit;

    private SequenceRenderer(FileFormat image, int messageLimit) {
        this.image = image;
        this.messageLimit = messageLimit;
    }

    /** This renderer drawing images of at most this many messages (the PlantUML text has no limit). */
    public SequenceRenderer messageLimit(int messages) {
        if (messages < 0) {
            throw new IllegalArgumentException("the message limit must be 0 or more, not " + messages);
        }
        return new SequenceRenderer(image, messages);
    }

    public int messageLimit() {
        return messageLimit;
    }

    /** The PlantUML text, UTF-8. */
    public static SequenceRenderer plantUml() {
        return PLANT_UML;
    }

    /** An SVG document. */
    public static SequenceRenderer svg() {
        return SVG;
    }

    /** A PNG image. */
    public static SequenceRenderer png() {
        return PNG;
    }

    @Override
    public void writeTo(Findings findings, OutputStream out) throws IOException {
        SequenceDiagram diagram = SequenceDiagram.of(findings);
        if (image != null && diagram.messages().size() > messageLimit) {
            throw new SequenceTooLargeException(diagram.messages().size(), messageLimit);
        }
        String plantUml = diagram.toPlantUml();
        out.write(image == null ? plantUml.getBytes(StandardCharsets.UTF_8) : SequenceImages.image(plantUml, image));
        out.flush();
    }
}
