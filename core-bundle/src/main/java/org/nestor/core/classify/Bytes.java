package org.nestor.core.classify;

import java.nio.charset.StandardCharsets;

/** Byte-string helpers shared by the expression nodes. */
final class Bytes {
    static final byte[] EMPTY = new byte[0];
    static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private Bytes() {
    }

    /** @return {@code value} as Kea's 4-byte network-order unsigned integer */
    static byte[] uint32(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the bytes as a Java string, one char per byte (Kea's strings are bytes) */
    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static byte[] bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) return b;
        if (b.length == 0) return a;
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** @return the unsigned big-endian value of {@code len} bytes at {@code off} */
    static long readUnsigned(byte[] b, int off, int len) {
        long v = 0;
        for (int i = 0; i < len; i++) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    /** Kea's hex literal: digits after {@code 0x}, a leading 0 added when their count is odd. */
    static byte[] fromHexDigits(String digits) {
        String d = digits.length() % 2 == 1 ? "0" + digits : digits;
        byte[] r = new byte[d.length() / 2];
        for (int i = 0; i < r.length; i++) {
            r[i] = (byte) Integer.parseInt(d.substring(2 * i, 2 * i + 2), 16);
        }
        return r;
    }

    /** @return uppercase hex pairs joined by {@code separator}, as Kea's hexstring() and debug output print */
    static String toHex(byte[] b, String separator) {
        StringBuilder sb = new StringBuilder(b.length * (2 + separator.length()));
        for (int i = 0; i < b.length; i++) {
            if (i > 0) sb.append(separator);
            sb.append(Character.toUpperCase(Character.forDigit((b[i] >> 4) & 0xf, 16)));
            sb.append(Character.toUpperCase(Character.forDigit(b[i] & 0xf, 16)));
        }
        return sb.toString();
    }
}
