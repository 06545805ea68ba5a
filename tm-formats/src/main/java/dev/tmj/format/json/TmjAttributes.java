package dev.tmj.format.json;

import dev.tmj.format.tree.LocatedNode;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;

/**
 * tmj's attributes carried inside another tool's format (OTM's {@code attributes.tmj}), read as tmj's own model
 * format reads them: the same names, values, references and errors ({@code file:line:column: path: reason}). The
 * counterpart of {@link TmjModelWriter#attributeWriter}, so that a model exported and imported again keeps what the
 * other format has no place for.
 */
public final class TmjAttributes {
    private final ModelBinder binder;

    /** Binds into {@code model}, read from {@code file}. */
    public TmjAttributes(Model model, String file) {
        this.binder = ModelBinder.into(model, file);
    }

    /**
     * Makes an element or data item of the model a target of references: by its name, and by {@code id} (the
     * reference {@link TmjModelWriter.AttributeWriter#ref} gave it; null when none).
     */
    public void register(Object target, String id) {
        binder.references().register(target, id);
    }

    /**
     * Sets the attributes an object gives, every key an attribute of the target's type.
     *
     * @throws dev.tmj.model.SourceException naming the file, line, column and path of a bad key or value
     */
    @SuppressWarnings("exports")
    public void bind(ModelObject target, LocatedNode object) {
        binder.bindAll(target, object);
    }
}
