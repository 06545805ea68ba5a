package dev.tmj.render;

import dev.tmj.io.AtomicFiles;
import dev.tmj.output.Renderer;
import dev.tmj.render.Outputs.Kind;
import dev.tmj.resolve.Findings;
import dev.tmj.sequence.SequenceRenderer;
import dev.tmj.sequence.SequenceTooLargeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code --out}'s sequence diagram when it has more messages than PlantUML is given to draw
 * ({@link SequenceTooLargeException}): its PlantUML text, {@code seq.plantuml}, is written instead of
 * {@code seq.svg}, a success with a warning. Not parts, as the data-flow diagram: PlantUML's layout time grows
 * about with the square of the messages (1,600 took about 6 s on two cores), so the 25 parts of a 50,000-flow
 * model would take minutes, and a reader follows so many messages better in the text (one line each, searchable)
 * than across dozens of images. The text is what PlantUML reads, so it can still be drawn elsewhere with more time.
 */
final class SequenceFallback {
    private boolean used;

    /**
     * When {@code seq.svg} failed as too large: makes sure {@code seq.plantuml} is written (prepared here when it
     * was not asked for), takes the image's failure back and warns. When the text cannot be written either, the
     * image's failure stands.
     */
    void apply(Findings findings, Path dir, Map<Kind, Renderer<Findings>> renderers,
            Map<Kind, AtomicFiles.Pending> pending, Map<Kind, Exception> failures, Consumer<String> warnings) {
        if (!(failures.get(Kind.SEQ_SVG) instanceof SequenceTooLargeException tooLarge)
                || failures.containsKey(Kind.SEQ_PLANTUML)) {
            return;
        }
        if (!pending.containsKey(Kind.SEQ_PLANTUML)) {
            Renderer<Findings> text = renderers.getOrDefault(Kind.SEQ_PLANTUML, SequenceRenderer.plantUml());
            try {
                pending.put(Kind.SEQ_PLANTUML, AtomicFiles.prepare(dir.resolve(Kind.SEQ_PLANTUML.fileName()),
                        out -> text.writeTo(findings, out)));
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
        used = true;
        failures.remove(Kind.SEQ_SVG);
        warnings.accept("the sequence diagram has " + tooLarge.messages() + " messages, more than the "
                + tooLarge.limit() + " that PlantUML lays out in reasonable time, so its PlantUML text was written"
                + " to " + Kind.SEQ_PLANTUML.fileName() + " instead of " + Kind.SEQ_SVG.fileName()
                + " (PlantUML can draw it elsewhere, given more time and memory)");
    }

    /** Removes an earlier run's {@code seq.svg}, which would show an older model, when the text replaced it. */
    void removeStale(Path dir, List<Path> written) throws IOException {
        Path image = dir.resolve(Kind.SEQ_SVG.fileName());
        if (used && !written.contains(image) && Files.isRegularFile(image, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(image);
        }
    }
}
