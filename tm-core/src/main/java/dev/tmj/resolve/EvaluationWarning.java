package dev.tmj.resolve;

/**
 * A condition that failed while it ran on an element (pytm silently treats this as "no match"; tmj treats
 * it the same but reports it).
 *
 * @param threatId the threat's SID
 * @param element the element, as {@code Class(name)}
 * @param message what went wrong, in Python's words
 */
public record EvaluationWarning(String threatId, String element, String message) {
    @Override
    public String toString() {
        return "condition of " + threatId + " failed on " + element + ": " + message;
    }
}
