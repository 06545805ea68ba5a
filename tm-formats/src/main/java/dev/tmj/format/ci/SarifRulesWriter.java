package dev.tmj.format.ci;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tmj.gate.CheckedFinding;
import dev.tmj.io.MarkdownText;
import dev.tmj.threat.Severity;
import dev.tmj.threat.Threat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run's {@code tool.driver.rules}: one reporting descriptor per threat with a result in the run, sorted by SID,
 * so that a result's {@code ruleIndex} is the threat's place in that order.
 */
final class SarifRulesWriter {
    /** GitHub's limit for {@code shortDescription.text} and {@code fullDescription.text}. */
    static final int MAX_DESCRIPTION = 1024;
    /** GitHub's limit for a rule's {@code name}. */
    static final int MAX_NAME = 255;
    /** GitHub's limit of tags per rule. */
    static final int MAX_TAGS = 20;

    /** A web address CommonMark reads as an autolink: no blank, control character, angle bracket or quote. */
    private static final java.util.regex.Pattern ADDRESS =
            java.util.regex.Pattern.compile("https?://[^\\s\\p{Cntrl}<>\"`\\\\]+");

    private final List<Threat> threats;
    private final Map<String, Integer> index = new HashMap<>();

    private SarifRulesWriter(List<Threat> threats) {
        this.threats = threats;
        for (int i = 0; i < threats.size(); i++) {
            index.put(threats.get(i).id(), i);
        }
    }

    /** The rules of these results. */
    static SarifRulesWriter of(List<CheckedFinding> results) {
        TreeMap<String, Threat> bySid = new TreeMap<>();
        for (CheckedFinding result : results) {
            bySid.putIfAbsent(result.finding().threatId(), result.finding().threat());
        }
        return new SarifRulesWriter(new ArrayList<>(bySid.values()));
    }

    /** The {@code ruleIndex} of a SID that has a result. */
    int indexOf(String sid) {
        return index.get(sid);
    }

    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("rules");
        for (Threat threat : threats) {
            writeRule(threat, g);
        }
        g.writeEndArray();
    }

    private static void writeRule(Threat threat, JsonGenerator g) throws IOException {
        Threat.Texts texts = threat.texts();
        Severity severity = Severity.of(texts.severity());
        String title = CiText.title(threat);
        String details = CiText.clean(texts.details()).strip();
        g.writeStartObject();
        g.writeStringField("id", CiText.clean(threat.id()));
        g.writeStringField("name", name(threat));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", CiText.truncate(title, MAX_DESCRIPTION));
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", CiText.truncate(details.isEmpty() ? title : details, MAX_DESCRIPTION));
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", helpText(texts));
        g.writeStringField("markdown", helpMarkdown(texts));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", defaultLevel(severity));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        for (String tag : tags(texts)) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeStringField("precision", "medium");
        g.writeStringField("security-severity", securitySeverity(severity));
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The rule's name: its description in PascalCase ({@code BufferOverflowThroughEnvironmentVariables}), at most
     * 255 characters; the SID when the description has no letters or digits.
     */
    static String name(Threat threat) {
        StringBuilder name = new StringBuilder();
        boolean wordStart = true;
        String description = CiText.clean(threat.texts().description());
        for (int i = 0; i < description.length() && name.length() < MAX_NAME; ) {
            int c = description.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (name.length() + Character.charCount(c) > MAX_NAME) {
                    break;
                }
                name.appendCodePoint(wordStart ? Character.toUpperCase(c) : c);
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        return name.length() == 0 ? CiText.truncate(CiText.oneLine(threat.id()), MAX_NAME) : name.toString();
    }

    /** High and very high are errors by default, medium a warning, the rest notes. */
    static String defaultLevel(Severity severity) {
        return severity.compareTo(Severity.HIGH) >= 0 ? "error"
                : severity == Severity.MEDIUM ? "warning" : "note";
    }

    /** GitHub's bands: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low; each inside its band. */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case VERY_HIGH -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "2.0";
            case VERY_LOW -> "1.0";
            case INFO -> "0.5";
        };
    }

    /**
     * {@code security}, the STRIDE category, for a privacy threat {@code privacy} and its LINDDUN category
     * ({@code linddun-data-disclosure}), and the CWE ids, at most {@value #MAX_TAGS}.
     */
    static List<String> tags(Threat.Texts texts) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("security");
        String stride = CiText.strideTag(texts.stride());
        if (!stride.isEmpty()) {
            tags.add(stride);
        }
        String linddun = CiText.strideTag(texts.linddun());
        if (!linddun.isEmpty()) {
            tags.add("privacy");
            tags.add("linddun-" + linddun);
        }
        tags.addAll(CiText.cweIds(texts));
        return tags.stream().limit(MAX_TAGS).toList();
    }

    /** Mitigations and references as plain text; never empty, as GitHub requires. */
    static String helpText(Threat.Texts texts) {
        String mitigations = CiText.clean(texts.mitigations()).strip();
        String references = CiText.clean(texts.references()).strip();
        if (mitigations.isEmpty() && references.isEmpty()) {
            return "The threat library gives no mitigations or references for this threat.";
        }
        StringBuilder text = new StringBuilder();
        if (!mitigations.isEmpty()) {
            text.append("Mitigations: ").append(mitigations);
        }
        if (!references.isEmpty()) {
            text.append(text.length() > 0 ? "\n\n" : "").append("References: ").append(references);
        }
        return text.toString();
    }

    /**
     * Mitigations and references in Markdown, every library text escaped: a paragraph of mitigations, the
     * references as a list of autolinks ({@code <https://...>}, whose text CommonMark takes literally) when they are
     * a comma-separated list of web addresses (pytm's form), else an escaped paragraph.
     */
    static String helpMarkdown(Threat.Texts texts) {
        String mitigations = CiText.clean(texts.mitigations()).strip();
        String references = CiText.clean(texts.references()).strip();
        if (mitigations.isEmpty() && references.isEmpty()) {
            return MarkdownText.escape(helpText(texts));
        }
        StringBuilder md = new StringBuilder();
        if (!mitigations.isEmpty()) {
            md.append("**Mitigations**\n\n");
            MarkdownText.escape(mitigations, md);
        }
        if (!references.isEmpty()) {
            md.append(md.length() > 0 ? "\n\n" : "").append("**References**\n\n");
            String[] parts = references.split("\\s*,\\s*");
            boolean addresses = java.util.Arrays.stream(parts).allMatch(p -> ADDRESS.matcher(p).matches());
            if (addresses) {
                for (String part : parts) {
                    md.append("- <").append(part).append(">\n");
                }
                md.setLength(md.length() - 1);
            } else {
                MarkdownText.escape(references, md);
            }
        }
        return md.toString();
    }
}
