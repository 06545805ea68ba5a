package dev.tmj.report.pytm;

import dev.tmj.model.Assumption;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** An assumption; {@code str()} is its name, as in pytm. */
final class AssumptionView extends FieldView {
    private static final List<String> FIELDS = List.of("name", "exclude", "description");

    final Assumption assumption;

    AssumptionView(Assumption assumption) {
        super("Assumption", FIELDS);
        this.assumption = assumption;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "name" -> assumption.name();
            case "exclude" -> Collections.unmodifiableSet(new TreeSet<>(assumption.exclude()));
            case "description" -> assumption.description();
            default -> MISSING;
        };
    }

    @Override
    public String str() {
        return assumption.name();
    }

    @Override
    public String repr() {
        return "Assumption(" + ReportModel.pydanticStr(this, ", ") + ")";
    }
}
