package dev.tmj.cli;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
                Path source = base.resolve(file);
                if (!Files.exists(source)) {
                    err.println(modelFile.getFileName() + " - " + file + ": no such file");
                    continue;
                }
                // pytm floors timedelta.days, so a model a few seconds newer is "1 days" newer.
                long age = Math.floorDiv(Files.getLastModifiedTime(source).toMillis() - modelTime,
                        Duration.ofDays(1).toMillis());
                if (age >= days) {
                    out.println("This model is " + age + " days older than " + file + ".");
                } else if (age <= -days) {
                    out.println("Model script " + modelFile.getFileName() + " is only " + -age
                            + " days newer than source code file " + file);
                }
            }
        }
        out.println();
    }
}
