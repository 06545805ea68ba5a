package dev.tmj.notify;

/**
 * Text from a model made safe for each message format. A model's names and descriptions are input: they must not
 * become a Slack mention or link, Markdown in a Teams card, or a second line in a mail header.
 */
final class AlertText {
    private AlertText() {
    }

    /**
     * One line: control characters (line breaks, tabs, escapes) and runs of blanks become one space, and a text
     * longer than {@code max} is cut with an ellipsis (never inside a surrogate pair).
     */
    static String line(String text, int max) {
        String one = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
        if (one.length() <= max) {
            return one;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(one.charAt(end))) {
            end--;
        }
        return one.substring(0, end) + "…";
    }

    /**
     * Slack's mrkdwn: {@code &}, {@code <} and {@code >} as entities, the three characters Slack reads as control
     * (links, mentions such as {@code <!channel>}); everything else is shown as written.
     */
    static String slack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The Markdown subset of an Adaptive Card's TextBlock: each character that could start emphasis, a link, code,
     * a heading or a list is escaped with a backslash, so that a name shows as written.
     */
    static String card(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]()<>#~|{}!".indexOf(c) >= 0 || (i == 0 && "-+.".indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
