package dev.tmj.cli;

import dev.tmj.io.TerminalText;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourceLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * pytm's {@code --stale_days N}: compares the model file's age with the source files its elements name
 * ({@code sourceFiles}, relative to the model's folder) and says which side is older by N days or more.
 */
final class StaleCheck {
    private StaleCheck() {
    }

    static void run(Model model, Path modelFile, int days, PrintWriter out, PrintWriter err) throws IOException {
        out.println("Checking for code " + days + " days older than this model.");
        long modelTime = Files.getLastModifiedTime(modelFile).toMillis();
        Path base = modelFile.toAbsolutePath().getParent();
        for (Element element : model.elements()) {
            @SuppressWarnings("unchecked")
            List<String> files = (List<String>) element.get("sourceFiles");
            for (String file : files) {
                Path source = source(base, file, element, modelFile);
                if (!Files.exists(source)) {
                    err.println(TerminalText.line(modelFile.getFileName() + " - " + file + ": no such file"));
                    continue;
                }
                // pytm floors timedelta.days, so a model a few seconds newer is "1 days" newer.
                long age = Math.floorDiv(Files.getLastModifiedTime(source).toMillis() - modelTime,
                        Duration.ofDays(1).toMillis());
                if (age >= days) {
                    out.println(TerminalText.line("This model is " + age + " days older than " + file + "."));
                } else if (age <= -days) {
                    out.println(TerminalText.line("Model script " + modelFile.getFileName() + " is only " + -age
                            + " days newer than source code file " + file));
                }
            }
        }
        out.println();
    }

    /** A {@code sourceFiles} entry as a path; one that is none (a NUL in it, say) is bad input at its element. */
    private static Path source(Path base, String file, Element element, Path modelFile) {
        try {
            return base.resolve(file);
        } catch (InvalidPathException e) {
            SourceLocation at = element.location().orElse(new SourceLocation(modelFile.toString(), 0, 0));
            throw new SourceException(at.file(), at.line(), at.column(), "sourceFiles of " + element.name()
                    + ": not a file path (" + e.getReason() + ")");
        }
    }
}
