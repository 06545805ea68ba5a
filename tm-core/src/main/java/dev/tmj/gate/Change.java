package dev.tmj.gate;

/** What a baseline says about a finding of this run. */
public enum Change {
    /** No baseline was given: nothing is known about earlier runs. */
    NOT_COMPARED("not compared"),
    /** The baseline does not hold the finding's fingerprint. */
    NEW("new"),
    /** The baseline holds the finding's fingerprint. */
    UNCHANGED("unchanged");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    /** The word outputs print, for example {@code new}. */
    public String label() {
        return label;
    }
}
