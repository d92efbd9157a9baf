package org.nestor.hooks.leasecmds;

/**
 * Hardware addresses and client identifiers in Kea's text forms: {@code 1a:1b:1c} out; in, hardware addresses as
 * colon-separated groups of one or two hex digits, client ids also as a plain even-length hex string.
 */
final class HexText {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexText() {
    }

    /** @return {@code 1a:1b:...}, "" for no bytes */
    static String format(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            sb.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
        }
        return sb.toString();
    }

    /** Kea's hardware address text: {@code 1:2:3} or {@code 01:02:03}; "" is no address. */
    static byte[] hwAddress(String text) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        String[] groups = text.split(":", -1);
        byte[] out = new byte[groups.length];
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty() || g.length() > 2) {
                throw CommandFailure.error("invalid format of the decoded string '" + text + "'");
            }
            out[i] = (byte) group(g, text);
        }
        return out;
    }

    /** Kea's client identifier text: colon-separated groups or plain hex digits; may not be empty. */
    static byte[] clientId(String text) {
        if (text.isEmpty()) {
            throw CommandFailure.error("Empty DUIDs are not allowed");
        }
        try {
            if (text.indexOf(':') >= 0) {
                return hwAddress(text);
            }
            if (text.length() % 2 != 0) {
                throw CommandFailure.error(text);
            }
            byte[] out = new byte[text.length() / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) group(text.substring(2 * i, 2 * i + 2), text);
            }
            return out;
        } catch (CommandFailure e) {
            throw CommandFailure.error("'" + text + "' is not a valid string of hexadecimal digits");
        }
    }

    private static int group(String g, String whole) {
        int value = 0;
        for (char c : g.toCharArray()) {
            int d = Character.digit(c, 16);
            if (d < 0) {
                throw CommandFailure.error("'" + c + "' is not a valid hexadecimal digit in decoded string '"
                        + whole + "'");
            }
            value = value * 16 + d;
        }
        return value;
    }
}
