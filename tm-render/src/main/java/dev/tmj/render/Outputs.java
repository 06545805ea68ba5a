package dev.tmj.render;

import dev.tmj.dfd.DfdDiagram;
import dev.tmj.dfd.DfdOptions;
import dev.tmj.dfd.DfdWriter;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.io.AtomicFiles;
import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.report.html.HtmlReport;
import dev.tmj.report.html.MarkdownReport;
import dev.tmj.resolve.Findings;
import dev.tmj.sequence.SequenceDiagram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every output of a resolved model, for the command line's {@code --out DIR} and tm-test's artifacts: rendered
 * in memory first, then written only when all of it succeeded, each file completely or not at all.
 */
public final class Outputs {
    /** The files tmj writes for a model. */
    public enum Kind {
        DFD_DOT("dfd.dot"), DFD_SVG("dfd.svg"), DFD_PNG("dfd.png"), SEQ_PLANTUML("seq.plantuml"), SEQ_SVG("seq.svg"),
        REPORT_HTML("report.html"), REPORT_MD("report.md"), FINDINGS_JSON("findings.json");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    private final Map<Kind, byte[]> files;

    private Outputs(Map<Kind, byte[]> files) {
        this.files = files;
    }

    /** The chosen outputs with the standard diagram options and report templates. */
    public static Outputs render(Findings findings, Set<Kind> kinds) {
        return render(findings, kinds, DfdOptions.defaults(), HtmlReport.standard(), MarkdownReport.standard());
    }

    /** The chosen outputs, drawing the DFD with these options and the reports with these templates. */
    public static Outputs render(Findings findings, Set<Kind> kinds, DfdOptions dfdOptions, HtmlReport html,
            MarkdownReport markdown) {
        Map<Kind, byte[]> files = new EnumMap<>(Kind.class);
        DiagramImages images = DiagramImages.defaults();
        if (kinds.contains(Kind.DFD_DOT) || kinds.contains(Kind.DFD_SVG) || kinds.contains(Kind.DFD_PNG)) {
            DfdDiagram dfd = DfdWriter.draw(findings, dfdOptions);
            put(files, kinds, Kind.DFD_DOT, () -> utf8(dfd.dot()));
            put(files, kinds, Kind.DFD_SVG, () -> utf8(images.svg(dfd)));
            put(files, kinds, Kind.DFD_PNG, () -> images.png(dfd));
        }
        if (kinds.contains(Kind.SEQ_PLANTUML) || kinds.contains(Kind.SEQ_SVG)) {
            SequenceDiagram seq = SequenceDiagram.of(findings);
            put(files, kinds, Kind.SEQ_PLANTUML, () -> utf8(seq.toPlantUml()));
            put(files, kinds, Kind.SEQ_SVG, () -> utf8(seq.toSvg()));
        }
        // The report's diagram links each element to its findings.
        put(files, kinds, Kind.REPORT_HTML, () -> utf8(html.render(findings,
                images.svg(DfdWriter.draw(findings, dfdOptions.linked(true))))));
        put(files, kinds, Kind.REPORT_MD, () -> utf8(markdown.render(findings)));
        put(files, kinds, Kind.FINDINGS_JSON, () -> {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            PytmJsonWriter.write(findings, json);
            return json.toByteArray();
        });
        return new Outputs(files);
    }

    private interface Render {
        byte[] bytes();
    }

    private static void put(Map<Kind, byte[]> files, Set<Kind> kinds, Kind kind, Render render) {
        if (kinds.contains(kind)) {
            files.put(kind, render.bytes());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The rendered files by name, in {@link Kind} order. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> byName = new java.util.LinkedHashMap<>();
        files.forEach((kind, bytes) -> byName.put(kind.fileName(), bytes));
        return Collections.unmodifiableMap(byName);
    }

    /** Creates the folder if needed and writes every file atomically; returns the paths written. */
    public List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Kind, byte[]> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey().fileName());
            AtomicFiles.writeBytes(target, out -> out.write(file.getValue()));
            written.add(target);
        }
        return written;
    }
}
