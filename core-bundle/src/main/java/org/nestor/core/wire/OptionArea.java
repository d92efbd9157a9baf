package org.nestor.core.wire;

import java.io.ByteArrayOutputStream;

/** Reads and writes one DHCPv4 options area (the options field, or an overloaded file/sname field). */
final class OptionArea {
    static final int PAD = 0;
    static final int END = 255;
    /** Longest payload one option instance can carry; longer ones are split (RFC 3396). */
    static final int MAX_PIECE = 255;

    private OptionArea() {
    }

    /**
     * Parses options from {@code buf[from, to)} into {@code into}, appending to options already there with the same
     * code (RFC 3396 concatenation). Stops at End or at {@code to}.
     */
    static void read(byte[] buf, int from, int to, String area, OptionMap into)
            throws MalformedPacketException {
        int i = from;
        while (i < to) {
            int code = buf[i] & 0xff;
            if (code == END) {
                return;
            }
            if (code == PAD) {
                i++;
                continue;
            }
            if (i + 1 >= to) {
                throw new MalformedPacketException("option " + code + " in " + area + " has no length octet");
            }
            int len = buf[i + 1] & 0xff;
            if (i + 2 + len > to) {
                throw new MalformedPacketException("option " + code + " in " + area + " has length " + len
                        + " but only " + (to - i - 2) + " bytes remain");
            }
            byte[] piece = new byte[len];
            System.arraycopy(buf, i + 2, piece, 0, len);
            into.append(code, piece);
            i += 2 + len;
        }
    }

    /** @return the wire form of one option: code, length, payload, split into several instances when over 255 */
    static byte[] serialize(int code, byte[] payload) {
        if (code <= PAD || code >= END) {
            throw new IllegalArgumentException("option code " + code + " cannot carry data");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 2);
        writeSplit(out, code, payload);
        return out.toByteArray();
    }

    /**
     * @return the length of the wire form of one option ({@link #serialize})
     * @throws IllegalArgumentException if the code cannot carry data
     */
    static int wireSize(int code, byte[] payload) {
        if (code <= PAD || code >= END) {
            throw new IllegalArgumentException("option code " + code + " cannot carry data");
        }
        int pieces = payload.length == 0 ? 1 : (payload.length + MAX_PIECE - 1) / MAX_PIECE;
        return payload.length + 2 * pieces;
    }

    /** As {@link #writeSplit(ByteArrayOutputStream, int, byte[])}, into {@code out} at {@code pos}. @return the end */
    static int writeSplit(byte[] out, int pos, int code, byte[] payload) {
        int from = 0;
        int at = pos;
        do {
            int n = Math.min(MAX_PIECE, payload.length - from);
            out[at] = (byte) code;
            out[at + 1] = (byte) n;
            System.arraycopy(payload, from, out, at + 2, n);
            at += 2 + n;
            from += n;
        } while (from < payload.length);
        return at;
    }

    /** Writes code/length/value instances of at most 255 bytes each (one empty instance for an empty value). */
    static void writeSplit(ByteArrayOutputStream out, int code, byte[] payload) {
        int pos = 0;
        do {
            int n = Math.min(MAX_PIECE, payload.length - pos);
            out.write(code);
            out.write(n);
            out.write(payload, pos, n);
            pos += n;
        } while (pos < payload.length);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
