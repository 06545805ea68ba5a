package dev.tmj.iac.kubernetes;

import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code # Source: chart/templates/x.yaml} comments {@code helm template} writes at the head of each document,
 * by line. A document belongs to the last such comment after the previous {@code ---} separator and before its
 * first line. The YAML parser drops comments, so they are found in the text; a comment inside a block scalar could
 * only be mistaken for one if it also sat between a separator and the next document's start.
 */
final class HelmSources {
    private static final String PREFIX = "# Source: ";

    private final TreeMap<Integer, String> sourceByLine = new TreeMap<>();
    private final TreeMap<Integer, String> separators = new TreeMap<>();

    private HelmSources() {
    }

    static HelmSources of(String text) {
        HelmSources sources = new HelmSources();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.startsWith(PREFIX) && line.length() > PREFIX.length()) {
                sources.sourceByLine.put(i + 1, line.substring(PREFIX.length()).strip());
            } else if (line.equals("---") || line.startsWith("--- ")) {
                sources.separators.put(i + 1, line);
            }
        }
        return sources;
    }

    /** The template file named for the document starting at {@code line}, if any. */
    Optional<String> before(int line) {
        var source = sourceByLine.lowerEntry(line);
        if (source == null) {
            return Optional.empty();
        }
        var separator = separators.lowerEntry(line);
        if (separator != null && separator.getKey() > source.getKey()) {
            return Optional.empty();
        }
        return Optional.of(source.getValue());
    }
}
