package dev.tmj.dfd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SVG that {@code dot} draws for a diagram without links, made from the SVG it drew for the same diagram
 * {@linkplain DfdOptions#linked(boolean) linked}: links and tooltips do not change the layout, so the two differ only
 * in the anchors around the linked items. For each item with a link, {@code dot} writes
 * {@code <g id="a_ID"><a xlink:href="#element-N" xlink:title="...">} on a line of its own before the item's
 * shapes and {@code </a>} and {@code </g>} on two lines after them; an edge's label gets an anchor of its own,
 * {@code a_ID&#45;label}. Without links, an item whose label is cut keeps its anchor (its tooltip shows the whole
 * name) minus the {@code xlink:href} attribute, and every other anchor is gone. The markers are ASCII and a name
 * never contains them unescaped ({@code dot} writes {@code <} in text and attributes as {@code &lt;}), so the
 * bytes are searched as they are.
 *
 * <p>An SVG that does not look as described (another Graphviz that writes anchors differently) gives nothing, and
 * the caller lays the diagram out without links instead: a wrong file is worse than a second {@code dot} run.
 */
final class SvgLinks {
    private static final byte[] ANCHOR = ascii("\n<g id=\"a_");
    private static final byte[] LINK = ascii("\"><a xlink:href=\"#element-");
    private static final byte[] CLOSE = ascii("\n</a>\n</g>\n");
    /** The anchor ids dot gives the items tmj links: nodes, clusters and edges, and edge labels. */
    private static final Pattern ITEM = Pattern.compile("(?:node|clust|edge)[0-9]+");
    private static final Pattern LABEL = Pattern.compile("edge[0-9]+&#45;label");
    /** The most digits of an element index (int range). */
    private static final int MAX_DIGITS = 9;

    private SvgLinks() {
    }

    /**
     * The SVG of the diagram without links.
     *
     * @param linked the UTF-8 SVG of a linked diagram, as {@code dot} wrote it
     * @param titled the indices of the elements whose label is cut ({@link DfdDiagram#titled()}): their tooltips stay
     * @return the SVG {@code dot} writes for the diagram without links, or empty when {@code linked} has an anchor
     *     of another form than {@code dot}'s described above
     */
    static Optional<byte[]> unlinked(byte[] linked, BitSet titled) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(linked.length);
        int from = 0;
        // an anchor's line starts after a newline, which may be the last byte of what was copied or skipped
        for (int anchor = indexOf(linked, ANCHOR, 0); anchor >= 0; anchor = indexOf(linked, ANCHOR, from - 1)) {
            int line = anchor + 1;
            int idStart = anchor + ANCHOR.length;
            int idEnd = indexOf(linked, new byte[] {'"'}, idStart);
            if (idEnd < 0 || !startsWith(linked, LINK, idEnd)) {
                return Optional.empty();
            }
            int digits = idEnd + LINK.length;
            int end = digits;
            while (end < linked.length && end - digits <= MAX_DIGITS && linked[end] >= '0' && linked[end] <= '9') {
                end++;
            }
            if (end == digits || end - digits > MAX_DIGITS || end >= linked.length || linked[end] != '"') {
                return Optional.empty();
            }
            int index = Integer.parseInt(new String(linked, digits, end - digits, StandardCharsets.US_ASCII));
            // the start tag ends at the first '>': dot writes '>' in attribute values as &gt;
            int tagEnd = indexOf(linked, new byte[] {'>', '\n'}, end);
            int close = tagEnd < 0 ? -1 : indexOf(linked, CLOSE, tagEnd);
            if (close < 0 || indexOf(linked, new byte[] {'>'}, end) != tagEnd) {
                return Optional.empty();
            }
            int next = indexOf(linked, ANCHOR, tagEnd);
            if (next >= 0 && next < close) {
                return Optional.empty(); // anchors in anchors: not dot's way
            }
            String id = new String(linked, idStart, idEnd - idStart, StandardCharsets.US_ASCII);
            boolean label = LABEL.matcher(id).matches();
            if (!label && !ITEM.matcher(id).matches()) {
                return Optional.empty();
            }
            out.write(linked, from, line - from);
            if (!label && titled.get(index)) {
                // the tooltip stays: "<g id="a_ID"><a" and what followed the link
                out.write(linked, line, idEnd + "\"><a".length() - line);
                from = end + 1;
            } else {
                out.write(linked, tagEnd + 2, close + 1 - (tagEnd + 2));
                from = close + CLOSE.length;
            }
        }
        out.write(linked, from, linked.length - from);
        return Optional.of(out.toByteArray());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        byte first = what[0];
        for (int i = Math.max(0, from), last = bytes.length - what.length; i <= last; i++) {
            if (bytes[i] == first && startsWith(bytes, what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
