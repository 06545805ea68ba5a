package dev.tmj.test;

import dev.tmj.model.Element;
import dev.tmj.resolve.Finding;
import java.util.Collection;
import java.util.stream.Collectors;

/** How failure messages name findings and elements: one line each, with where it was declared. */
final class Describe {
    private Describe() {
    }

    /** {@code INP02 (Very High) on Server(Web server) at Shop.java:31 — Buffer overflow}. */
    static String finding(Finding f) {
        String description = f.description().isBlank() ? "" : " — " + f.description();
        return f.threatId() + " (" + f.severity().label() + ") on " + element(f.element()) + description;
    }

    /** {@code Server(Web server) at Shop.java:31}, or only the label when the location is unknown. */
    static String element(Element e) {
        return e.label() + e.location().map(l -> " at " + l).orElse("");
    }

    /** ArchUnit's form: {@code Dataflow(Login) (Shop.java:40)}. */
    static String violation(Element e) {
        String where = e.location().map(l -> " (" + l + ")").orElse("");
        if (e.isDataflow()) {
            return e.label() + " from " + e.source().label() + " to " + e.sink().label() + where;
        }
        return e.label() + where;
    }

    /** Each item on its own line, indented by two spaces. */
    static String lines(Collection<String> items) {
        return items.stream().map(s -> "  " + s).collect(Collectors.joining("\n"));
    }

    /** {@code [INP01, INP02]}: the SIDs of some findings. */
    static String sids(Collection<Finding> findings) {
        return findings.stream().map(Finding::threatId).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }
}
