package org.nestor.core.lease;

/**
 * The text encodings shared by Kea's v4 and v6 memfile CSV: colon-separated hex for binary identifiers and
 * {@code &#xNN} escapes (no trailing semicolon, as Kea writes them) for commas in free text.
 */
final class LeaseCsv {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LeaseCsv() {
    }

    /** @return {@code 01:02:0a}-style text, empty for an empty array */
    static String toHex(byte[] b) {
        return appendHex(new StringBuilder(b.length * 3), b).toString();
    }

    /** Appends {@link #toHex}'s text of {@code b} to {@code sb}. @return sb */
    static StringBuilder appendHex(StringBuilder sb, byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
        }
        return sb;
    }

    /**
     * Parses colon-hex as Kea reads it: each colon-separated group has one or two hex digits; a text with no
     * colons is read as consecutive digit pairs.
     *
     * @throws IllegalArgumentException with Kea's wording when a digit is not hexadecimal
     */
    static byte[] fromHex(String text) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        String[] groups = text.indexOf(':') >= 0 ? text.split(":", -1) : pairs(text);
        byte[] out = new byte[groups.length];
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty() || g.length() > 2) {
                throw new IllegalArgumentException("invalid format of the decoded string '" + text + "'");
            }
            int v = 0;
            for (int j = 0; j < g.length(); j++) {
                int d = Character.digit(g.charAt(j), 16);
                if (d < 0) {
                    throw new IllegalArgumentException("'" + g.charAt(j)
                            + "' is not a valid hexadecimal digit in decoded string '" + text + "'");
                }
                v = v * 16 + d;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /** Escapes {@code ,} and {@code &} (and line breaks, which would tear the row) as {@code &#xNN}. */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return appendEscaped(new StringBuilder(text.length() + 8), text).toString();
    }

    /** Appends {@link #escape}'s text of {@code text} (null: nothing) to {@code sb}. @return sb */
    static StringBuilder appendEscaped(StringBuilder sb, String text) {
        if (text == null) {
            return sb;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '&' || c == '\n' || c == '\r') {
                sb.append("&#x").append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            } else {
                sb.append(c);
            }
        }
        return sb;
    }

    /** Reverses {@link #escape}: every {@code &#xNN} becomes the character NN. */
    static String unescape(String text) {
        int at = text.indexOf("&#x");
        if (at < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0 && at + 5 <= text.length()) {
            int hi = Character.digit(text.charAt(at + 3), 16);
            int lo = Character.digit(text.charAt(at + 4), 16);
            if (hi < 0 || lo < 0) {
                at = text.indexOf("&#x", at + 1);
                continue;
            }
            sb.append(text, from, at).append((char) (hi * 16 + lo));
            from = at + 5;
            at = text.indexOf("&#x", from);
        }
        return sb.append(text, from, text.length()).toString();
    }

    /** Splits a CSV row on commas, keeping empty trailing fields. */
    static String[] split(String row) {
        return row.split(",", -1);
    }

    private static String[] pairs(String text) {
        String[] out = new String[(text.length() + 1) / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.substring(i * 2, Math.min(text.length(), i * 2 + 2));
        }
        return out;
    }
}
