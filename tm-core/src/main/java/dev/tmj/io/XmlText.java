package dev.tmj.io;

/**
 * XML 1.0 text: escaping a value for element content or an attribute (the CI writers' XML), and a repair of XML
 * that another library wrote: PlantUML writes a name's {@code >} as it is, so a name holding {@code ]]>} (which XML
 * forbids in character data) made its SVG a document that no XML parser accepts.
 */
public final class XmlText {
    private XmlText() {
    }

    /** What stands for a character XML 1.0 cannot hold at all (most C0 controls, a lone surrogate, U+FFFE/U+FFFF). */
    public static final char REPLACEMENT = '\uFFFD';

    /**
     * The value as element content: {@code & < >} as entities (so {@code ]]>} cannot occur), a carriage return as
     * {@code &#13;} (a parser would turn it into a line feed), and every character XML 1.0 forbids, which no
     * reference can write either, as {@link #REPLACEMENT}.
     */
    public static String text(String value) {
        return escape(value, false);
    }

    /**
     * The value inside a double- or single-quoted attribute: as {@link #text}, plus both quotes as entities and tab,
     * line feed and carriage return as character references, which attribute-value normalisation keeps (written as
     * they are, a parser would read each as a space).
     */
    public static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '"' -> attribute ? "&quot;" : null;
                case '\'' -> attribute ? "&apos;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                default -> isXmlChar(value, i) ? null : String.valueOf(REPLACEMENT);
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                    if (Character.isHighSurrogate(c)) {
                        out.append(value.charAt(++i));
                    }
                }
            } else if (Character.isHighSurrogate(c) && replacement == null) {
                i++;
            }
        }
        return out == null ? value : out.toString();
    }

    /**
     * Whether the character at {@code i} is one XML 1.0 allows (tab, line feed, carriage return, U+0020 to U+D7FF,
     * U+E000 to U+FFFD, or a surrogate pair); a high surrogate counts as allowed only when its low one follows.
     */
    private static boolean isXmlChar(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return c >= 0x20 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * The XML with every {@code ]]>} outside CDATA sections, comments and processing instructions written as
     * {@code ]]&gt;}, which means the same in an attribute value and is the only way to write it in text; a CDATA
     * section's own end is kept. Linear in the length of the text; the text is returned as is when it has no
     * {@code ]]>}.
     */
    public static String escapeCdataEnds(String xml) {
        if (!xml.contains("]]>")) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length() + 16);
        int i = 0;
        while (i < xml.length()) {
            int skipTo = -1;
            if (xml.startsWith("<![CDATA[", i)) {
                skipTo = end(xml, i, "]]>");
            } else if (xml.startsWith("<!--", i)) {
                skipTo = end(xml, i + 4, "-->");
            } else if (xml.startsWith("<?", i)) {
                skipTo = end(xml, i + 2, "?>");
            }
            if (skipTo >= 0) {
                out.append(xml, i, skipTo);
                i = skipTo;
            } else if (xml.startsWith("]]>", i)) {
                out.append("]]&gt;");
                i += 3;
            } else {
                out.append(xml.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The index after {@code terminator} from {@code from}, or the end of the text when it is missing. */
    private static int end(String xml, int from, String terminator) {
        int at = xml.indexOf(terminator, from);
        return at < 0 ? xml.length() : at + terminator.length();
    }
}
