package dev.tmj.cli;

import dev.tmj.io.TerminalText;
import dev.tmj.model.SourceLocation;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.io.PrintWriter;
import java.util.HashMap;
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
        // pieces are escaped one by one (line(a + b) is line(controls(a) + controls(b))) into a block of lines
        // written at once; only a line that could start a CI command is escaped whole.
        StringBuilder block = new StringBuilder(BLOCK + 1024);
        char[] chars = new char[BLOCK + 1024];
        String newline = System.lineSeparator();
        // SIDs, severities and descriptions are the library's few texts, escaped once each rather than per finding.
        Map<String, String> escaped = new HashMap<>();
        // An element's findings follow each other and share its name and location: escaped once for all of them.
        String lastTarget = null;
        String lastTargetText = null;
        SourceLocation lastLocation = null;
        String lastLocationText = null;
        for (Finding f : findings) {
            int start = block.length();
            String target = f.target();
            if (target != lastTarget) {
                lastTarget = target;
                lastTargetText = TerminalText.controls(target);
            }
            padded(block, escaped.computeIfAbsent(f.threatId(), TerminalText::controls), f.threatId().length(), 6)
                    .append(' ');
            padded(block, escaped.computeIfAbsent(f.severityText(), TerminalText::controls),
                    f.severityText().length(), 10).append(' ');
            padded(block, lastTargetText, target.length(), 28).append(' ')
                    .append(escaped.computeIfAbsent(f.description(), TerminalText::controls));
            SourceLocation location = f.location().orElse(null);
            if (location != null) {
                if (location != lastLocation) {
                    lastLocation = location;
                    lastLocationText = TerminalText.controls(location.toString());
                }
                block.append("  (").append(lastLocationText).append(')');
            }
            if (mayStartCommand(block, start)) {
                String line = block.substring(start);
                block.setLength(start);
                block.append(TerminalText.line(line));
            }
            block.append(newline);
            if (block.length() >= BLOCK) {
                write(block, chars, out);
            }
        }
        write(block, chars, out);
    }

    /** About how many characters are written at once. */
    private static final int BLOCK = 1 << 15;

    /** Whether the line from {@code start} begins, after blanks, as a CI command may ({@code ::}, {@code ##}). */
    private static boolean mayStartCommand(StringBuilder block, int start) {
        int i = start;
        while (i < block.length() && block.charAt(i) == ' ') {
            i++;
        }
        return i < block.length() && (block.charAt(i) == ':' || block.charAt(i) == '#');
    }

    private static void write(StringBuilder block, char[] chars, PrintWriter out) {
        if (out instanceof StdoutWriter stdout) {
            stdout.writeBlock(block);
            block.setLength(0);
            return;
        }
        char[] buffer = block.length() <= chars.length ? chars : new char[block.length()];
        block.getChars(0, block.length(), buffer, 0);
        out.write(buffer, 0, block.length());
        block.setLength(0);
    }

    /** The escaped text of {@code length} characters before escaping, left-justified in {@code width}. */
    private static StringBuilder padded(StringBuilder line, String escaped, int length, int width) {
        line.append(escaped);
        for (int i = length; i < width; i++) {
            line.append(' ');
        }
        return line;
    }

    /** The text left-justified in at least {@code width} characters, as {@code %-<width>s} formats it. */
    static StringBuilder padded(StringBuilder line, String text, int width) {
        return padded(line, text, text.length(), width);
    }
}
