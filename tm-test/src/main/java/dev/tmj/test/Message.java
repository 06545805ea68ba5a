package dev.tmj.test;

import org.assertj.core.description.Description;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.Representation;

/**
 * A failure message already laid out by {@link FailureMessages}; AssertJ adds the {@code as(...)} description
 * in front. Unlike AssertJ's own factories it does not run the text through {@code String.format}, so names
 * with {@code %} in them stay intact.
 */
record Message(String text) implements ErrorMessageFactory {
    @Override
    public String create(Description description, Representation representation) {
        String value = description == null ? "" : description.value();
        return value == null || value.isEmpty() ? text : "[" + value + "] " + text;
    }

    @Override
    public String create(Description description) {
        return create(description, null);
    }

    @Override
    public String create() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
