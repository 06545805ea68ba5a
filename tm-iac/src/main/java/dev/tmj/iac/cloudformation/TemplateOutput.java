package dev.tmj.iac.cloudformation;

import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a template's {@code Outputs}.
 *
 * @param name its logical name
 * @param value its {@code Value} as written
 * @param exportName the {@code Export.Name} as written, when exported
 * @param references what its value names
 * @param position the line of its name
 */
public record TemplateOutput(String name, Object value, Optional<Object> exportName, List<Reference> references,
        SourcePosition position) {
    public TemplateOutput {
        references = List.copyOf(references);
    }
}
