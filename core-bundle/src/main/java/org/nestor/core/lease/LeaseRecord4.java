package org.nestor.core.lease;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

/**
 * Packs a {@link Lease4} (less its address, which is the map key) into one small byte array, so that a million
 * leases cost one array each instead of a lease object, two arrays and strings. Layout: flags (1), hw length (1),
 * client-id length (1), valid lifetime (4, or 8 when it does not fit 32 bits: flag WIDE_VALID), cltt (8),
 * subnet id (4), pool id (4, only when not 0: flag HAS_POOL), hw, client id, then host name and user context as
 * length-prefixed UTF-8. A lease with a 6-byte MAC and nothing else takes 48 bytes with the array's header.
 */
final class LeaseRecord4 {
    private static final int HEAD = 3;
    private static final int FLAG_FWD = 1;
    private static final int FLAG_REV = 2;
    private static final int FLAG_NO_CONTEXT = 4;
    private static final int STATE_SHIFT = 3;
    private static final int FLAG_WIDE_VALID = 0x20;
    private static final int FLAG_HAS_POOL = 0x40;
    /** By state code (LeaseState.fromCode walks values(), a fresh array per call). */
    private static final LeaseState[] STATES = new LeaseState[4];

    static {
        for (LeaseState s : LeaseState.values()) {
            STATES[s.code()] = s;
        }
    }

    private LeaseRecord4() {
    }

    static byte[] encode(Lease4 lease) {
        byte[] hw = lease.hwAddress();
        byte[] cid = lease.clientId();
        byte[] host = lease.hostname().getBytes(StandardCharsets.UTF_8);
        byte[] ctx = lease.userContext() == null ? new byte[0]
                : lease.userContext().getBytes(StandardCharsets.UTF_8);
        byte[] text = Arrays.copyOf(host, host.length + ctx.length);
        System.arraycopy(ctx, 0, text, host.length, ctx.length);
        return pack(new Fields(lease.validLifetime(), lease.cltt(), lease.subnetId(), lease.poolId(),
                flags(lease.fqdnForward(), lease.fqdnReverse(), lease.userContext() != null, lease.state().code())),
                hw, hw.length, cid, cid.length, text, 0, host.length, host.length, ctx.length);
    }

    /** The fixed-size part of a record. */
    record Fields(long validLifetime, long cltt, long subnetId, long poolId, int flags) {
    }

    /** @return the flags byte of a record */
    static int flags(boolean fqdnForward, boolean fqdnReverse, boolean hasUserContext, int stateCode) {
        return (fqdnForward ? FLAG_FWD : 0) | (fqdnReverse ? FLAG_REV : 0) | (hasUserContext ? 0 : FLAG_NO_CONTEXT)
                | (stateCode << STATE_SHIFT);
    }

    /**
     * Packs a record from its parts: the first {@code hwLen} / {@code cidLen} bytes of {@code hw} / {@code cid},
     * and the host name and user context as UTF-8 ranges of {@code text}.
     *
     * @throws IllegalArgumentException when the hardware address or client id is longer than 255 bytes
     */
    static byte[] pack(Fields f, byte[] hw, int hwLen, byte[] cid, int cidLen, byte[] text, int hostFrom,
                       int hostLen, int ctxFrom, int ctxLen) {
        if (hwLen > 255 || cidLen > 255) {
            throw new IllegalArgumentException("hardware address or client id longer than 255 bytes");
        }
        boolean wide = f.validLifetime() < 0 || f.validLifetime() > 0xffffffffL;
        int flags = f.flags() | (wide ? FLAG_WIDE_VALID : 0) | (f.poolId() != 0 ? FLAG_HAS_POOL : 0);
        int fixed = HEAD + (wide ? 8 : 4) + 12 + (f.poolId() != 0 ? 4 : 0);
        byte[] r = new byte[fixed + hwLen + cidLen + varLen(hostLen) + hostLen + varLen(ctxLen) + ctxLen];
        r[0] = (byte) flags;
        r[1] = (byte) hwLen;
        r[2] = (byte) cidLen;
        int p = HEAD;
        if (wide) {
            putLong(r, p, f.validLifetime());
            p += 8;
        } else {
            putInt(r, p, (int) f.validLifetime());
            p += 4;
        }
        putLong(r, p, f.cltt());
        putInt(r, p + 8, (int) f.subnetId());
        p += 12;
        if (f.poolId() != 0) {
            putInt(r, p, (int) f.poolId());
            p += 4;
        }
        System.arraycopy(hw, 0, r, p, hwLen);
        p += hwLen;
        System.arraycopy(cid, 0, r, p, cidLen);
        p += cidLen;
        p = putBytes(r, p, text, hostFrom, hostLen);
        putBytes(r, p, text, ctxFrom, ctxLen);
        return r;
    }

    static long validLifetime(byte[] r) {
        return (r[0] & FLAG_WIDE_VALID) != 0 ? getLong(r, HEAD) : getInt(r, HEAD) & 0xffffffffL;
    }

    static long cltt(byte[] r) {
        return getLong(r, clttAt(r));
    }

    static long poolId(byte[] r) {
        return (r[0] & FLAG_HAS_POOL) != 0 ? getInt(r, clttAt(r) + 12) & 0xffffffffL : 0;
    }

    private static int clttAt(byte[] r) {
        return HEAD + ((r[0] & FLAG_WIDE_VALID) != 0 ? 8 : 4);
    }

    /** @return where the hardware address starts: after the fixed-width fields */
    private static int hwAt(byte[] r) {
        return clttAt(r) + 12 + ((r[0] & FLAG_HAS_POOL) != 0 ? 4 : 0);
    }

    static Lease4 decode(int address, byte[] r) {
        int hwAt = hwAt(r);
        int hwLen = r[1] & 0xff;
        int cidLen = r[2] & 0xff;
        int p = hwAt + hwLen + cidLen;
        int[] pos = {p};
        String host = readString(r, pos);
        String ctx = readString(r, pos);
        int flags = r[0];
        return Lease4.ofRanges(address, r, hwAt, hwLen, hwAt + hwLen, cidLen, validLifetime(r), cltt(r), subnetId(r),
                (flags & FLAG_FWD) != 0, (flags & FLAG_REV) != 0, host, state(r),
                (flags & FLAG_NO_CONTEXT) != 0 ? null : ctx, poolId(r));
    }

    static long expire(byte[] r) {
        return validLifetime(r) + cltt(r);
    }

    static long subnetId(byte[] r) {
        return Integer.toUnsignedLong(getInt(r, clttAt(r) + 8));
    }

    static LeaseState state(byte[] r) {
        return STATES[(r[0] >>> STATE_SHIFT) & 3];
    }

    static boolean hwEquals(byte[] r, byte[] hw) {
        int len = r[1] & 0xff;
        int at = hwAt(r);
        return len == hw.length && Arrays.equals(r, at, at + len, hw, 0, len);
    }

    static boolean clientIdEquals(byte[] r, byte[] cid) {
        int from = hwAt(r) + (r[1] & 0xff);
        int len = r[2] & 0xff;
        return len == cid.length && Arrays.equals(r, from, from + len, cid, 0, len);
    }

    static int hwHash(byte[] r) {
        return hash(r, hwAt(r), r[1] & 0xff);
    }

    static int clientIdHash(byte[] r) {
        return hash(r, hwAt(r) + (r[1] & 0xff), r[2] & 0xff);
    }

    /**
     * @return the same hash as {@link #hwHash} / {@link #clientIdHash} for a bare identifier: FNV-1a and a final
     *     mix, so that MACs differing in their last bytes only (one vendor's) spread over all 32 bits; a
     *     polynomial hash put a million such MACs on ~22,000 values and a lookup walked ~45 of them
     */
    static int hash(byte[] b, int from, int len) {
        int h = 0x811c9dc5;
        for (int i = from; i < from + len; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** @return {@link #hash} of the host name's UTF-8 bytes, without decoding it (the packet path indexes it) */
    static int hostnameHash(byte[] r) {
        int[] at = hostnameBytes(r);
        return hash(r, at[0], at[1]);
    }

    /** @return whether the host name's UTF-8 bytes are {@code name} */
    static boolean hostnameEquals(byte[] r, byte[] name) {
        int[] at = hostnameBytes(r);
        return at[1] == name.length && Arrays.equals(r, at[0], at[0] + at[1], name, 0, name.length);
    }

    /** @return whether the lease has a host name */
    static boolean hasHostname(byte[] r) {
        return hostnameBytes(r)[1] > 0;
    }

    /** @return {offset, length} of the host name's bytes */
    private static int[] hostnameBytes(byte[] r) {
        int[] pos = {hwAt(r) + (r[1] & 0xff) + (r[2] & 0xff)};
        int n = readLength(r, pos);
        return new int[] {pos[0], n};
    }

    /** Reads a length prefix at {@code pos[0]} and moves {@code pos[0]} past it. */
    private static int readLength(byte[] r, int[] pos) {
        int p = pos[0];
        int n = 0;
        int shift = 0;
        int b;
        do {
            b = r[p++];
            n |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        pos[0] = p;
        return n;
    }

    static int hwLength(byte[] r) {
        return r[1] & 0xff;
    }

    static int clientIdLength(byte[] r) {
        return r[2] & 0xff;
    }

    private static int varLen(int n) {
        return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
    }

    private static int putBytes(byte[] r, int p, byte[] b, int from, int len) {
        int n = len;
        while (n >= 0x80) {
            r[p++] = (byte) (n | 0x80);
            n >>>= 7;
        }
        r[p++] = (byte) n;
        System.arraycopy(b, from, r, p, len);
        return p + len;
    }

    private static String readString(byte[] r, int[] pos) {
        int n = readLength(r, pos);
        int p = pos[0];
        pos[0] = p + n;
        return n == 0 ? "" : new String(r, p, n, StandardCharsets.UTF_8);
    }

    private static void putLong(byte[] r, int p, long v) {
        putInt(r, p, (int) (v >>> 32));
        putInt(r, p + 4, (int) v);
    }

    private static long getLong(byte[] r, int p) {
        return ((long) getInt(r, p) << 32) | (getInt(r, p + 4) & 0xffffffffL);
    }

    private static void putInt(byte[] r, int p, int v) {
        r[p] = (byte) (v >>> 24);
        r[p + 1] = (byte) (v >>> 16);
        r[p + 2] = (byte) (v >>> 8);
        r[p + 3] = (byte) v;
    }

    private static int getInt(byte[] r, int p) {
        return ((r[p] & 0xff) << 24) | ((r[p + 1] & 0xff) << 16) | ((r[p + 2] & 0xff) << 8) | (r[p + 3] & 0xff);
    }
}
