package dev.tmj.cli;

import dev.tmj.dfd.DfdDiagram;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --out DIR}: every output for one model in one folder (diagrams, reports, pytm JSON). Everything is
 * rendered in memory first and written only when all of it succeeded, each file atomically.
 */
final class OutputBundle {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private OutputBundle() {
    }

    static OutputBundle render(Findings findings, DfdOptions dfdOptions, HtmlReport html, MarkdownReport markdown) {
        OutputBundle bundle = new OutputBundle();
        DiagramImages images = DiagramImages.defaults();
        DfdDiagram dfd = DfdWriter.draw(findings, dfdOptions);
        bundle.text("dfd.dot", dfd.dot());
        bundle.text("dfd.svg", images.svg(dfd));
        bundle.files.put("dfd.png", images.png(dfd));
        SequenceDiagram seq = SequenceDiagram.of(findings);
        bundle.text("seq.plantuml", seq.toPlantUml());
        bundle.text("seq.svg", seq.toSvg());
        String linkedSvg = images.svg(DfdWriter.draw(findings, dfdOptions.linked(true)));
        bundle.text("report.html", html.render(findings, linkedSvg));
        StringBuilder md = new StringBuilder();
        markdown.writeTo(findings, md);
        bundle.text("report.md", md.toString());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        PytmJsonWriter.write(findings, json);
        bundle.files.put("findings.json", json.toByteArray());
        return bundle;
    }

    private void text(String name, String content) {
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the folder if needed and writes every file; returns the names written. */
    Iterable<String> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            AtomicFile.writeBytes(dir.resolve(file.getKey()), out -> out.write(file.getValue()));
        }
        return files.keySet();
    }
}
