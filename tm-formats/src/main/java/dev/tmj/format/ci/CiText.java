package dev.tmj.format.ci;

import dev.tmj.model.Element;
import dev.tmj.resolve.Finding;
import dev.tmj.threat.Threat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Model and library text as the CI outputs word it: one-line, cut to a length, the CWE ids and STRIDE tag. */
final class CiText {
    static final char ELLIPSIS = '\u2026';

    private static final Pattern CWE = Pattern.compile("(?i)\\bCWE-(\\d{1,6})\\b");
    private static final Pattern CWE_URL = Pattern.compile("(?i)cwe\\.mitre\\.org/data/definitions/(\\d{1,6})\\b");

    private CiText() {
    }

    /**
     * The text with every lone surrogate (which no UTF-8 encoder can write) as U+FFFD; JSON and XML writers get
     * only such text, so that a hostile name cannot make them fail half-way through a file.
     */
    static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return replaceLoneSurrogates(text);
                }
            }
        }
        return text;
    }

    private static String replaceLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * The text {@link #clean cleaned} and on one line: every control character (line breaks and tabs too, C1 and
     * the Unicode line and paragraph separators) becomes a space, so a name cannot start a new line in a title.
     */
    static String oneLine(String text) {
        String cleaned = clean(text);
        StringBuilder out = null;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(cleaned.length()).append(cleaned, 0, i);
            }
            if (out != null) {
                out.append(control ? ' ' : c);
            }
        }
        return out == null ? cleaned : out.toString();
    }

    /** The text cut to at most {@code max} characters, its end replaced by an ellipsis, never inside a surrogate pair. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * What a finding is about, for a title: {@code Server 'Web'}, or for a flow {@code Dataflow 'Post' from
     * 'Visitor' to 'Web'}; names on one line.
     */
    static String subject(Finding finding) {
        Element element = finding.element();
        String subject = element.type().pytmName() + " '" + oneLine(element.name()) + "'";
        if (element.isDataflow()) {
            subject += " from '" + oneLine(element.source().name()) + "' to '" + oneLine(element.sink().name()) + "'";
        }
        return subject;
    }

    /** The threat's description on one line, or its SID when it has none. */
    static String title(Threat threat) {
        String description = oneLine(threat.texts().description()).strip();
        return description.isEmpty() ? threat.id() : description;
    }

    /**
     * The CWE ids a threat names, in order and each once: {@code CWE-nnn} from its classifications, then from its
     * references ({@code CWE-nnn} or a {@code cwe.mitre.org/data/definitions/nnn} address).
     */
    static Set<String> cweIds(Threat.Texts texts) {
        Set<String> ids = new LinkedHashSet<>();
        for (String classification : texts.classifications()) {
            addAll(CWE.matcher(classification), ids);
        }
        addAll(CWE.matcher(texts.references()), ids);
        addAll(CWE_URL.matcher(texts.references()), ids);
        return ids;
    }

    private static void addAll(Matcher matcher, Set<String> ids) {
        while (matcher.find()) {
            ids.add("CWE-" + Integer.parseInt(matcher.group(1)));
        }
    }

    /** A STRIDE category as a tag: lower case, words joined by hyphens ({@code elevation-of-privilege}); "" for none. */
    static String strideTag(String stride) {
        return stride.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * Why a finding has its status, in the model's words: its justification, else pytm's {@code response} without
     * its leading status word ({@code "mitigated: row-level security"} gives {@code row-level security}), else why
     * tmj decided it (failed evidence, an expired acceptance); "" when nothing says.
     */
    static String why(Finding finding) {
        if (!finding.justification().isBlank()) {
            return finding.justification().strip();
        }
        String response = finding.response().strip();
        if (!response.isEmpty()) {
            String rest = response.replaceFirst("^(?i)" + Pattern.quote(finding.status().label()) + "\\s*[:,.;-]?\\s*", "");
            if (!rest.isEmpty()) {
                return rest;
            }
        }
        return finding.statusReason().strip();
    }

    /** The severity's word in lower case, as the outputs print it: {@code very high}, {@code info}. */
    static String severityWord(dev.tmj.threat.Severity severity) {
        return SEVERITY_WORDS[severity.ordinal()];
    }

    /** Each severity's word, made once: every finding of a SARIF file has one. */
    private static final String[] SEVERITY_WORDS = java.util.Arrays.stream(dev.tmj.threat.Severity.values())
            .map(s -> s.label().toLowerCase(Locale.ROOT)).toArray(String[]::new);
}
