package org.nestor.core.dhcp4;

/** Option payload conversions the engine needs (big-endian, as on the wire). */
final class Bytes {
    private Bytes() {
    }

    /** @return the address in a 4-byte payload, 0 when absent or of another length */
    static int address(byte[] v) {
        return v == null || v.length != 4 ? 0 : uint32(v);
    }

    static int uint32(byte[] v) {
        return ((v[0] & 0xff) << 24) | ((v[1] & 0xff) << 16) | ((v[2] & 0xff) << 8) | (v[3] & 0xff);
    }

    /** @return the four bytes of {@code value} */
    static byte[] of32(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
