package org.nestor.core.net;

/** The Internet checksum (RFC 1071) of IPv4 headers and UDP datagrams. */
final class Checksum {
    private Checksum() {
    }

    /**
     * @param initial a partial sum to start from (the UDP pseudo-header), 0 for none
     * @return the one's complement of the one's complement sum of {@code length} bytes from {@code offset}
     */
    static int of(byte[] data, int offset, int length, long initial) {
        long sum = initial;
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** @return the partial sum of the UDP/TCP pseudo-header */
    static long pseudoHeader(int source, int destination, int protocol, int length) {
        return (source >>> 16) + (source & 0xffff) + (destination >>> 16) + (destination & 0xffff)
                + protocol + length;
    }
}
