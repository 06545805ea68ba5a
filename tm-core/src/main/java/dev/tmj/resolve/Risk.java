package dev.tmj.resolve;

import static dev.tmj.resolve.RiskLevel.CRITICAL;
import static dev.tmj.resolve.RiskLevel.HIGH;
import static dev.tmj.resolve.RiskLevel.LOW;
import static dev.tmj.resolve.RiskLevel.MEDIUM;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Impact;
import java.util.List;
import java.util.Objects;

/**
 * A finding's risk: how likely its threat is, what is at stake on its element, and the level the risk matrix
 * gives the two (docs/risk.md, PASTA's last stage).
 *
 * @param likelihood the threat's likelihood (the override's when it sets one)
 * @param impact the element's impact: the higher of its declared {@code impact} and the most sensitive data it
 *     handles, {@link #DEFAULT_IMPACT} when it has neither
 * @param level the matrix cell of the two
 */
public record Risk(Likelihood likelihood, Impact impact, RiskLevel level) {
    /** The impact of an element that declares none and handles no data of known classification. */
    public static final Impact DEFAULT_IMPACT = Impact.MEDIUM;

    // Rows: likelihood very low .. very high; columns: impact low .. critical. The cell is the product of the two
    // levels (1..25) banded 1-3 low, 4-9 medium, 10-15 high, 16-25 critical; written out so that docs/risk.md
    // and this table can be compared cell by cell.
    private static final RiskLevel[][] MATRIX = {
        {LOW, LOW, LOW, MEDIUM, MEDIUM},
        {LOW, MEDIUM, MEDIUM, MEDIUM, HIGH},
        {LOW, MEDIUM, MEDIUM, HIGH, HIGH},
        {MEDIUM, MEDIUM, HIGH, CRITICAL, CRITICAL},
        {MEDIUM, HIGH, HIGH, CRITICAL, CRITICAL},
    };

    public Risk {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(level, "level");
        if (level != levelOf(likelihood, impact)) {
            throw new IllegalArgumentException("the matrix gives " + likelihood + " x " + impact + " the level "
                    + levelOf(likelihood, impact) + ", not " + level);
        }
    }

    /** The risk of a likelihood and an impact, its level from the matrix. */
    public static Risk of(Likelihood likelihood, Impact impact) {
        return new Risk(likelihood, impact, levelOf(likelihood, impact));
    }

    /** The matrix cell of a likelihood and an impact. */
    public static RiskLevel levelOf(Likelihood likelihood, Impact impact) {
        return MATRIX[likelihood.ordinal()][impact.ordinal()];
    }

    /**
     * What is at stake on an element of a checked model: the highest of its declared {@code impact} and the impacts
     * of the classifications of the data it handles (a flow: the data it carries; any other element: the data it
     * holds and the data of the flows in and out of it); {@link #DEFAULT_IMPACT} when none says anything.
     */
    public static Impact impactOf(Element element) {
        Impact highest = higher((Impact) element.get("impact"), dataOf(element));
        if (!element.isDataflow()) {
            for (String direction : List.of("inputs", "outputs")) {
                if (element.schema().has(direction)) {
                    for (Object flow : (List<?>) element.get(direction)) {
                        highest = higher(highest, dataOf((Element) flow));
                    }
                }
            }
        }
        return highest == null ? DEFAULT_IMPACT : highest;
    }

    /** The higher of an impact (or none) and the impacts of these data's classifications. */
    private static Impact higher(Impact highest, List<Data> data) {
        for (Data item : data) {
            Impact ofData = Impact.of(item.classification()).orElse(null);
            if (ofData != null && (highest == null || ofData.compareTo(highest) > 0)) {
                highest = ofData;
            }
        }
        return highest;
    }

    @SuppressWarnings("unchecked")
    private static List<Data> dataOf(Element element) {
        return element.schema().has("data") ? (List<Data>) element.get("data") : List.of();
    }

    /** {@code high (likelihood high, impact very high)}: how messages word it. */
    @Override
    public String toString() {
        return level.label() + " (likelihood " + likelihood.label() + ", impact " + impact.label() + ")";
    }
}
