package dev.tmj.format.ci;

import dev.tmj.model.Element;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Threat;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts a writer repeats for every finding of a threat, an element or a file, made once per output: a model
 * of 5,000 flows has 74,000 findings of 113 threats on 6,000 elements in one file.
 */
final class TextCache {
    private final Map<Threat, String> titles = new IdentityHashMap<>();
    private final Map<Element, String> subjects = new IdentityHashMap<>();
    private final Map<String, String> escaped = new HashMap<>();
    private final Function<String, String> escaper;

    /** A cache whose {@link #escaped} texts go through this escaper. */
    TextCache(Function<String, String> escaper) {
        this.escaper = escaper;
    }

    /** {@link CiText#title} of the finding's threat. */
    String title(Finding finding) {
        return titles.computeIfAbsent(finding.threat(), CiText::title);
    }

    /** {@link CiText#subject} of the finding's element. */
    String subject(Finding finding) {
        return subjects.computeIfAbsent(finding.element(), e -> CiText.subject(finding));
    }

    /** The text escaped, remembered while few distinct texts (paths, SIDs, element names) come along. */
    String escaped(String text) {
        if (escaped.size() > 100_000) {
            return escaper.apply(text);
        }
        return escaped.computeIfAbsent(text, escaper);
    }
}
