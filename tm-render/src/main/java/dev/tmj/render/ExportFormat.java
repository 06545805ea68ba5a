package dev.tmj.render;

import dev.tmj.format.otm.OtmWriter;
import dev.tmj.model.SourceException;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.util.Arrays;
import java.util.List;

/** The other tools' formats tmj writes a resolved model to: {@code --export FORMAT FILE}. */
public enum ExportFormat {
    /** The Open Threat Model, OTM 0.2.0 (IriusRisk, StartLeft): docs/interchange.md. */
    OTM("otm");

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
        };
    }

    /** Every name on the command line, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).toList();
    }

    /**
     * The format called {@code name} on the command line.
     *
     * @throws SourceException naming the unknown format and listing the known names (the CLI exits 2)
     */
    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.cliName.equals(name)) {
                return format;
            }
        }
        throw new SourceException("--export", 0, 0, "unknown export format \"" + name + "\"; tmj exports "
                + String.join(", ", names()));
    }
}
