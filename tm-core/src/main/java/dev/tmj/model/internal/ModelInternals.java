package dev.tmj.model.internal;

import dev.tmj.model.ModelObject;
import java.util.Objects;

/**
 * The model's unchecked mutators, for the model check and the resolver only. They store values that tmj computes
 * itself (inputs, outputs, flow defaults, findings, severity) without validating them again, so they are not
 * public API: {@link ModelObject} keeps them package-private and hands them to this class once, when it is
 * initialised. The module {@code dev.tmj.core} does not export this package, and tm-architecture's rules allow
 * only {@code dev.tmj.resolve} to use it.
 */
public final class ModelInternals {
    /** Implemented once, by {@code dev.tmj.model}. */
    public interface Mutators {
        /** See {@code ModelObject.applyDefault}: fills an attribute the model left unset. */
        void applyDefault(ModelObject object, String name, Object value);

        /** See {@code ModelObject.setComputed}: stores a computed value without validating it. */
        void setComputed(ModelObject object, String name, Object value);

        /** See {@code ModelObject.applyStoredDefault}: a default that is another object's stored value. */
        void applyStoredDefault(ModelObject object, String name, Object value);
    }

    private static volatile Mutators mutators;

    private ModelInternals() {
    }

    /**
     * Called by {@link ModelObject}'s class initialiser, and only there.
     *
     * @throws IllegalStateException on a second call
     */
    public static synchronized void install(Mutators implementation) {
        if (mutators != null) {
            throw new IllegalStateException("the model's mutators are already installed");
        }
        mutators = Objects.requireNonNull(implementation, "implementation");
    }

    /** Gives an attribute the model left unset a default; a value the model set is never overwritten. */
    public static void applyDefault(ModelObject object, String name, Object value) {
        mutators(object).applyDefault(object, name, value);
    }

    /**
     * {@link #applyDefault} of a value the model already stores for an attribute of the same type (a flow's levels
     * taken from its source): kept as it is, not coerced into a copy of itself.
     */
    public static void applyStoredDefault(ModelObject object, String name, Object value) {
        mutators(object).applyStoredDefault(object, name, value);
    }

    /** Stores a value that the model check or the resolver computed, without validating it again. */
    public static void setComputed(ModelObject object, String name, Object value) {
        mutators(object).setComputed(object, name, value);
    }

    private static Mutators mutators(ModelObject object) {
        // An instance exists, so ModelObject's initialiser has run and installed the mutators.
        Objects.requireNonNull(object, "object");
        Mutators installed = mutators;
        if (installed == null) {
            throw new IllegalStateException("the model's mutators are not installed");
        }
        return installed;
    }
}
