package dev.tmj.sequence;

import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import net.sourceforge.plantuml.FileFormat;

/**
 * pytm's {@code --seq}: a resolved model's {@link SequenceDiagram} as PlantUML text, or drawn by PlantUML in
 * process as an SVG document or a PNG image (no Graphviz needed).
 *
 * <pre>{@code
 * String plantUml = SequenceRenderer.plantUml().renderText(findings);
 * SequenceRenderer.svg().writeTo(findings, Path.of("seq.svg"));
 * }</pre>
 */
public final class SequenceRenderer implements Renderer {
    private static final SequenceRenderer PLANT_UML = new SequenceRenderer(null);
    private static final SequenceRenderer SVG = new SequenceRenderer(FileFormat.SVG);
    private static final SequenceRenderer PNG = new SequenceRenderer(FileFormat.PNG);

    /** The image format, or null for the PlantUML text. */
    private final FileFormat image;

    private SequenceRenderer(FileFormat image) {
        this.image = image;
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
        String plantUml = SequenceDiagram.of(findings).toPlantUml();
        out.write(image == null ? plantUml.getBytes(StandardCharsets.UTF_8) : SequenceImages.image(plantUml, image));
        out.flush();
    }
}
