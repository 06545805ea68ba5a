package dev.tmj.pipeline;

import dev.tmj.model.Model;
import dev.tmj.resolve.Findings;

/**
 * What a pipeline run produced.
 *
 * @param model the model as it was read, before the check filled in defaults (what {@code --save-model} keeps)
 * @param findings the findings of the checked model, with the library they came from
 */
public record Resolution(Model model, Findings findings) {
}
