package dev.tmj.render;

import dev.tmj.dfd.DfdLayout;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.format.otm.OtmWriter;
import dev.tmj.format.threatdragon.ThreatDragonWriter;
import dev.tmj.model.SourceException;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.util.Arrays;
import java.util.List;

/** The other tools' formats tmj writes a resolved model to: {@code --export FORMAT FILE}. */
public enum ExportFormat {
    /** The Open Threat Model, OTM 0.2.0 (IriusRisk, StartLeft): docs/interchange.md. */
    OTM("otm"),
    /** An OWASP Threat Dragon 2 model, laid out as tmj's data-flow diagram: docs/interchange.md. */
    THREAT_DRAGON("threat-dragon");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line, for example {@code otm}. */
    public String cliName() {
        return cliName;
    }

    /** The renderer of this format. */
    public Renderer<Findings> renderer() {
        return switch (this) {
            case OTM -> new OtmWriter();
            case THREAT_DRAGON -> new ThreatDragonWriter(DfdLayout.with(DiagramImages.defaults()));
        };
    }

    /** Every name on the command line, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).toList();
    }

    /**
     * The format called {@code name} on the command line, ignoring case.
     *
     * @throws SourceException naming the unknown format and listing the known names (the CLI exits 2)
     */
    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.cliName.equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new SourceException("--export", 0, 0, "unknown export format \"" + name + "\"; tmj exports "
                + String.join(", ", names()));
    }
}
