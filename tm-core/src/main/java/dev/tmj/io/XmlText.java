package dev.tmj.io;

/**
 * A repair of XML text that another library wrote: PlantUML writes a name's {@code >} as it is, so a name holding
 * {@code ]]>} (which XML forbids in character data) made its SVG a document that no XML parser accepts.
 */
public final class XmlText {
    private XmlText() {
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
