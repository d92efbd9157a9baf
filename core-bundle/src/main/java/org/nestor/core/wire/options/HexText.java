package org.nestor.core.wire.options;

import java.io.ByteArrayOutputStream;

/** Kea's hex notations: {@code 0a0b}, {@code 0x0a0b}, {@code 0a:0b}, {@code a:b}, {@code 0a 0b}, empty. */
final class HexText {
    private HexText() {
    }

    static byte[] parse(String text) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        char sep = text.indexOf(':') >= 0 ? ':' : text.indexOf(' ') >= 0 ? ' ' : 0;
        if (sep != 0) {
            return groups(text, sep);
        }
        String digits = text.startsWith("0x") ? text.substring(2) : text;
        if (digits.isEmpty() || !allHex(digits)) {
            throw invalid(text);
        }
        return digits(digits.length() % 2 == 0 ? digits : "0" + digits);
    }

    private static byte[] groups(String text, char sep) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int start = 0;
        while (true) {
            int end = text.indexOf(sep, start);
            String g = text.substring(start, end < 0 ? text.length() : end);
            if (g.isEmpty() || g.length() > 2 || !allHex(g)) {
                throw invalid(text);
            }
            out.write(Integer.parseInt(g, 16));
            if (end < 0) {
                return out.toByteArray();
            }
            start = end + 1;
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("option data is not a valid string of hexadecimal digits: " + text);
    }

    private static boolean allHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return the bytes of an even-length string of hex digits */
    static byte[] digits(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /** @return lower-case hex digits, no separators */
    static String of(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return sb.toString();
    }
}
