package dev.tmj.test;

import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DfdWriter;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.report.PytmJsonWriter;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.report.html.MarkdownReport;
import dev.tmj.resolve.Findings;
import dev.tmj.sequence.SequenceDiagram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files written after a {@link ThreatModelTest} class: rendered in memory first, then each file written to
 * a temporary file beside its target and moved over it, so every file is complete or absent.
 */
final class Artifacts {
    static final String[] NAMES = {"dfd.svg", "seq.svg", "report.html", "report.md", "findings.json"};

    private Artifacts() {
    }

    static Map<String, byte[]> render(Findings findings) {
        DiagramImages images = DiagramImages.defaults();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("dfd.svg", utf8(images.svg(DfdWriter.draw(findings, DfdOptions.defaults()))));
        files.put("seq.svg", utf8(SequenceDiagram.of(findings).toSvg()));
        String linked = images.svg(DfdWriter.draw(findings, DfdOptions.defaults().linked(true)));
        files.put("report.html", utf8(HtmlReport.toHtml(findings, linked)));
        files.put("report.md", utf8(MarkdownReport.toMarkdown(findings)));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        PytmJsonWriter.write(findings, json);
        files.put("findings.json", json.toByteArray());
        return files;
    }

    static void write(Map<String, byte[]> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Path temp = Files.createTempFile(dir, "." + file.getKey() + ".", ".tmp");
            try {
                Files.write(temp, file.getValue());
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A model name as a folder name: runs of anything but letters, digits, '.', '_' and '-' become '-'. */
    static String safeFileName(String name) {
        String safe = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return safe.isEmpty() ? "model" : safe;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
