package dev.tmj.render;

import dev.tmj.dfd.DfdLayout;
import dev.tmj.dfd.DiagramImages;
import dev.tmj.format.threatdragon.ThreatDragonWriter;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The other tools' model formats tmj writes a resolved model in ({@code tmj MODEL --export FORMAT FILE}): the model
 * and its findings, for a design review in that tool (docs/interchange.md).
 */
public enum ExportFormat {
    /** An OWASP Threat Dragon 2 model, laid out as tmj's data-flow diagram. */
    THREAT_DRAGON("threat-dragon");

    private final String name;

    ExportFormat(String name) {
        this.name = name;
    }

    /** The name on the command line. */
    public String formatName() {
        return name;
    }

    /** The renderer that writes this format. */
    public Renderer<Findings> renderer() {
        return switch (this) {
            case THREAT_DRAGON -> new ThreatDragonWriter(DfdLayout.with(DiagramImages.defaults()));
        };
    }

    /**
     * The format of this name, ignoring case.
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.name.equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format \"" + name + "\"; expected one of "
                + Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT);
    }
}
