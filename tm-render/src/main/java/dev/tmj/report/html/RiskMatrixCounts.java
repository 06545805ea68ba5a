package dev.tmj.report.html;

import dev.tmj.model.Impact;
import dev.tmj.report.html.ReportValues.FindingView;
import dev.tmj.report.html.ReportValues.RiskCell;
import dev.tmj.report.html.ReportValues.RiskColumn;
import dev.tmj.report.html.ReportValues.RiskRow;
import dev.tmj.resolve.Likelihood;
import dev.tmj.resolve.Risk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The risk matrix of the reports (docs/risk.md): findings counted per likelihood and impact, every cell shown. */
final class RiskMatrixCounts {
    /** The impacts, lowest first: the matrix's columns. */
    static final List<RiskColumn> COLUMNS = Arrays.stream(Impact.values()).map(i -> new RiskColumn(i.label()))
            .toList();

    private RiskMatrixCounts() {
    }

    /** A cell's key, what the page's filter compares: likelihood level, a hyphen, impact level ({@code 4-5}). */
    static String key(Risk risk) {
        return key(risk.likelihood(), risk.impact());
    }

    private static String key(Likelihood likelihood, Impact impact) {
        return likelihood.level() + "-" + impact.level();
    }

    /** The rows, most likely first (as a risk matrix is drawn: the top right is the worst), each with every impact. */
    static List<RiskRow> rows(List<FindingView> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (FindingView f : findings) {
            counts.merge(f.riskCell(), 1, Integer::sum);
        }
        List<RiskRow> rows = new ArrayList<>();
        Likelihood[] likelihoods = Likelihood.values();
        for (int l = likelihoods.length - 1; l >= 0; l--) {
            Likelihood likelihood = likelihoods[l];
            List<RiskCell> cells = new ArrayList<>();
            for (Impact impact : Impact.values()) {
                String key = key(likelihood, impact);
                int count = counts.getOrDefault(key, 0);
                String level = Risk.levelOf(likelihood, impact).label();
                cells.add(new RiskCell(key, likelihood.label(), impact.label(), level, count, "likelihood "
                        + likelihood.label() + ", impact " + impact.label() + ": risk " + level + ", " + count
                        + (count == 1 ? " finding" : " findings")));
            }
            rows.add(new RiskRow(likelihood.label(), List.copyOf(cells)));
        }
        return List.copyOf(rows);
    }
}
