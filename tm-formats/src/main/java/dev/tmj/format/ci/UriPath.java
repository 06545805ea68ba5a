package dev.tmj.format.ci;

import java.nio.charset.StandardCharsets;

/** A relative file path as a URI reference (RFC 3986), as SARIF's {@code artifactLocation.uri} must be. */
final class UriPath {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriPath() {
    }

    /**
     * The path with every byte of its UTF-8 percent-encoded except the unreserved characters, the sub-delimiters
     * that are harmless in a path ({@code ! $ & ' ( ) * + , ; =}), {@code @} and the {@code /} between segments. A
     * colon is encoded too, so a first segment such as {@code c:} is never read as a scheme; {@code %}, {@code ?},
     * {@code #}, blanks and controls always are.
     */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
