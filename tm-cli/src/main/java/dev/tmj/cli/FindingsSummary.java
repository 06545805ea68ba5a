package dev.tmj.cli;

import dev.tmj.io.TerminalText;
import dev.tmj.model.SourceLocation;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Threat;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/** What {@code tmj MODEL} prints when no output is asked for: the findings, one line each. */
final class FindingsSummary {
    private FindingsSummary() {
    }

    static void print(Findings findings, PrintWriter out) {
        // Counted in a map of int[] rather than merged as Integers: 745,726 boxes at 50,000 flows.
        Map<String, int[]> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(f.severityText().isEmpty() ? "none" : f.severityText(), k -> new int[1])[0]++;
        }
        Map<String, Integer> bySeverity = new TreeMap<>();
        counts.forEach((severity, count) -> bySeverity.put(severity, count[0]));
        // Names, descriptions and locations come from the model and the library: one escaped line each.
        out.println(TerminalText.line(String.format("%s: %d findings %s, %d excluded by assumptions (threat library: "
                + "%s)", findings.checkedModel().model().name(), findings.size(), bySeverity,
                findings.excluded().size(), findings.library().name())));
        // String.format("%-6s %-10s %-28s %s%s", ...) by hand, each line escaped by TerminalText.line: formatting
        // and a String per line dominated the output of large models (4.4 million lines for 100,000 servers). The
        // pieces are escaped one by one (line(a + b) is line(controls(a) + controls(b))) and encoded once each into a
        // block of lines written at once; only a line that could start a CI command is escaped whole.
        LineBlock block = new LineBlock();
        byte[] newline = LineBlock.encoded(System.lineSeparator());
        // SIDs, severities and descriptions are the library's few texts, escaped and encoded once each: per threat
        // (the SID and severity columns as one piece, and the description) unless an override patches them.
        Map<Threat, byte[][]> byThreat = new IdentityHashMap<>();
        Map<String, byte[]> pieces = new HashMap<>();
        // An element's findings follow each other and share its name and location: encoded once for all of them.
        String lastTarget = null;
        byte[] lastTargetBytes = null;
        SourceLocation lastLocation = null;
        LineBlock locationText = new LineBlock(256);
        LineBlock columns = new LineBlock(256);
        String lastFile = null;
        byte[] lastFileBytes = null;
        for (Finding f : findings) {
            int start = block.size();
            String target = f.target();
            if (target != lastTarget) {
                lastTarget = target;
                lastTargetBytes = piece(target);
            }
            if (f.override().isEmpty()) {
                byte[][] threat = byThreat.get(f.threat());
                if (threat == null) {
                    threat = new byte[][] {threatColumns(columns, pieces, f.threatId(), f.severityText()),
                        piece(f.description())};
                    byThreat.put(f.threat(), threat);
                }
                padded(block.append(threat[0]), lastTargetBytes, target.length(), 28).append(SPACE).append(threat[1]);
            } else {
                padded(block.append(threatColumns(columns, pieces, f.threatId(), f.severityText())), lastTargetBytes,
                        target.length(), 28).append(SPACE).append(pieces.computeIfAbsent(f.description(), FindingsSummary::piece));
            }
            SourceLocation location = f.location().orElse(null);
            if (location != null) {
                // Written as bytes once per element: its text was built for each finding's line.
                if (location != lastLocation) {
                    lastLocation = location;
                    if (location.file() != lastFile) {
                        lastFile = location.file();
                        lastFileBytes = piece(lastFile);
                    }
                    location(locationText.clear().append(OPEN), location, lastFileBytes).append(CLOSE);
                }
                block.append(locationText);
            }
            if (block.mayStartCommand(start)) {
                block.append(LineBlock.encoded(TerminalText.line(block.cutFrom(start))));
            }
            block.append(newline);
            if (block.size() >= LineBlock.SIZE) {
                block.writeTo(out);
            }
        }
        block.writeTo(out);
    }

    private static final byte[] SPACE = {' '};
    private static final byte[] OPEN = LineBlock.encoded("  (");
    private static final byte[] CLOSE = LineBlock.encoded(")");
    private static final byte[] COLON = LineBlock.encoded(":");

    /**
     * The location as {@link SourceLocation#toString()} writes it ({@code file:line:column}, leaving out what is
     * unknown), its file escaped and encoded as {@code file}: the numbers need no escaping.
     */
    static LineBlock location(LineBlock line, SourceLocation location, byte[] file) {
        line.append(file);
        if (location.line() > 0) {
            line.append(COLON).decimal(location.line());
            if (location.column() > 0) {
                line.append(COLON).decimal(location.column());
            }
        }
        return line;
    }

    /** The SID and severity columns with the blanks after them, as one piece. */
    private static byte[] threatColumns(LineBlock columns, Map<String, byte[]> pieces, String sid, String severity) {
        padded(columns, pieces.computeIfAbsent(sid, FindingsSummary::piece), sid.length(), 6)
                .append(SPACE);
        return padded(columns, pieces.computeIfAbsent(severity, FindingsSummary::piece), severity.length(), 10)
                .append(SPACE).cutBytes();
    }

    /** A piece of a line: its control characters escaped, encoded. */
    private static byte[] piece(String text) {
        return LineBlock.encoded(TerminalText.controls(text));
    }

    /** The escaped text of {@code length} characters before escaping, left-justified in {@code width}. */
    private static LineBlock padded(LineBlock line, byte[] escaped, int length, int width) {
        return line.append(escaped).spaces(width - length);
    }

    /** The text left-justified in at least {@code width} characters, as {@code %-<width>s} formats it. */
    static LineBlock padded(LineBlock line, String text, int width) {
        return padded(line, piece(text), text.length(), width);
    }
}
