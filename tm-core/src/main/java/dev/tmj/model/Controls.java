package dev.tmj.model;

/** The security controls of an element: pytm's 43 {@code Controls} fields, all off by default. */
public final class Controls extends ModelObject {
    public Controls() {
        super(Schemas.CONTROLS);
    }

    Controls(Controls original) {
        super(original);
    }

    /** Whether a boolean control is on. */
    public boolean is(String control) {
        return Boolean.TRUE.equals(get(control));
    }

    @Override
    public Controls set(String name, Object value) {
        super.set(name, value);
        return this;
    }

    @Override
    public String label() {
        return "Controls";
    }
}
