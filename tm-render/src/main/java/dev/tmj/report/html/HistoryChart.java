package dev.tmj.report.html;

import dev.tmj.io.XmlText;
import dev.tmj.threat.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The history section's chart: one stacked column per run of the open findings by severity, most severe on top,
 * as an SVG document with no script, no style sheet and no link; every text XML-escaped. The same runs always give
 * the same bytes.
 */
final class HistoryChart {
    private static final int COLUMN = 28;
    private static final int GAP = 8;
    private static final int LEFT = 48;
    private static final int TOP = 16;
    private static final int HEIGHT = 160;
    private static final int LEGEND = 24;
    /** The report's severity colours (--sev0 ... --sev5), as attributes: the page's policy allows no style here. */
    private static final String[] COLOURS = {"#94a3b8", "#64748b", "#2563eb", "#b7791f", "#c2410c", "#7f1d1d"};

    private HistoryChart() {
    }

    static String svg(List<ReportHistory.Run> runs) {
        List<Severity> order = new ArrayList<>(List.of(Severity.values())); // Info first: drawn at the bottom
        int max = 1;
        for (ReportHistory.Run run : runs) {
            max = Math.max(max, run.open().values().stream().mapToInt(Integer::intValue).sum());
        }
        int width = LEFT + runs.size() * (COLUMN + GAP) + GAP;
        int height = TOP + HEIGHT + 20 + LEGEND;
        StringBuilder svg = new StringBuilder(1024 + runs.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Math.max(width, 460))
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(Math.max(width, 460))
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"Open findings by severity over the"
                        + " last ").append(runs.size()).append(" runs\">\n");
        int baseline = TOP + HEIGHT;
        svg.append("<line x1=\"").append(LEFT - 4).append("\" y1=\"").append(baseline).append("\" x2=\"")
                .append(width).append("\" y2=\"").append(baseline).append("\" stroke=\"#d9dee4\"/>\n");
        svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(TOP + 4)
                .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#5f6b7a\">").append(max).append("</text>\n");
        svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(baseline)
                .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#5f6b7a\">0</text>\n");
        for (int i = 0; i < runs.size(); i++) {
            ReportHistory.Run run = runs.get(i);
            int x = LEFT + GAP + i * (COLUMN + GAP);
            double y = baseline;
            svg.append("<g><title>").append(XmlText.text(run.title()));
            for (int s = order.size() - 1; s >= 0; s--) {
                int n = run.open().getOrDefault(order.get(s).label(), 0);
                if (n > 0) {
                    svg.append(", ").append(XmlText.text(order.get(s).label())).append(' ').append(n);
                }
            }
            svg.append("</title>\n");
            for (Severity severity : order) {
                int n = run.open().getOrDefault(severity.label(), 0);
                if (n == 0) {
                    continue;
                }
                double h = (double) n * HEIGHT / max;
                y -= h;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(number(y)).append("\" width=\"")
                        .append(COLUMN).append("\" height=\"").append(number(h)).append("\" fill=\"")
                        .append(COLOURS[severity.level()]).append("\"/>\n");
            }
            svg.append("<text x=\"").append(x + COLUMN / 2).append("\" y=\"").append(baseline + 14)
                    .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#5f6b7a\">")
                    .append(XmlText.text(run.label())).append("</text>\n</g>\n");
        }
        int lx = LEFT;
        int ly = baseline + 20 + 12;
        for (int s = order.size() - 1; s >= 0; s--) {
            Severity severity = order.get(s);
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"10\" height=\"10\""
                    + " fill=\"").append(COLOURS[severity.level()]).append("\"/><text x=\"").append(lx + 14)
                    .append("\" y=\"").append(ly).append("\" font-size=\"11\" fill=\"#1f2933\">")
                    .append(XmlText.text(severity.label())).append("</text>\n");
            lx += 14 + 7 * severity.label().length() + 12;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
