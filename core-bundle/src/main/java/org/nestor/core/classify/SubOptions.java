package org.nestor.core.classify;

import java.util.Arrays;

/** Finds a sub-option inside an encapsulating payload: 1-byte code and length (DHCPv4) or 2-byte (DHCPv6). */
final class SubOptions {
    private SubOptions() {
    }

    /**
     * @param payload the encapsulated options
     * @param from first byte to look at
     * @param to end (exclusive)
     * @param wide true for DHCPv6 (2-byte code and length)
     * @return the first sub-option {@code code}'s payload, or null when absent or truncated before it
     */
    static byte[] find(byte[] payload, int from, int to, int code, boolean wide) {
        int header = wide ? 4 : 2;
        int i = from;
        while (i + header <= to) {
            int c = wide ? (int) Bytes.readUnsigned(payload, i, 2) : payload[i] & 0xff;
            int len = wide ? (int) Bytes.readUnsigned(payload, i + 2, 2) : payload[i + 1] & 0xff;
            int start = i + header;
            if (start + len > to) return null;
            if (c == code) return Arrays.copyOfRange(payload, start, start + len);
            i = start + len;
        }
        return null;
    }
}
