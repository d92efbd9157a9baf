package org.nestor.core.lease;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

/**
 * Packs a {@link Lease4} (less its address, which is the map key) into one small byte array, so that a million
 * leases cost one array each instead of a lease object, two arrays and strings. Layout: valid lifetime (8),
 * cltt (8), subnet id (4), pool id (4), flags (1), hw length (1), client-id length (1), hw, client id, then host
 * name and user context as length-prefixed UTF-8.
 */
final class LeaseRecord4 {
    private static final int FIXED = 27;
    private static final int FLAG_FWD = 1;
    private static final int FLAG_REV = 2;
    private static final int FLAG_NO_CONTEXT = 4;
    private static final int STATE_SHIFT = 3;

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
        byte[] r = new byte[FIXED + hwLen + cidLen + varLen(hostLen) + hostLen + varLen(ctxLen) + ctxLen];
        putLong(r, 0, f.validLifetime());
        putLong(r, 8, f.cltt());
        putInt(r, 16, (int) f.subnetId());
        putInt(r, 20, (int) f.poolId());
        r[24] = (byte) f.flags();
        r[25] = (byte) hwLen;
        r[26] = (byte) cidLen;
        int p = FIXED;
        System.arraycopy(hw, 0, r, p, hwLen);
        p += hwLen;
        System.arraycopy(cid, 0, r, p, cidLen);
        p += cidLen;
        p = putBytes(r, p, text, hostFrom, hostLen);
        putBytes(r, p, text, ctxFrom, ctxLen);
        return r;
    }

    static long validLifetime(byte[] r) {
        return getLong(r, 0);
    }

    static Lease4 decode(int address, byte[] r) {
        int hwLen = r[25] & 0xff;
        int cidLen = r[26] & 0xff;
        int p = FIXED + hwLen + cidLen;
        int[] pos = {p};
        String host = readString(r, pos);
        String ctx = readString(r, pos);
        int flags = r[24];
        return new Lease4(address, Arrays.copyOfRange(r, FIXED, FIXED + hwLen),
                Arrays.copyOfRange(r, FIXED + hwLen, p), getLong(r, 0), getLong(r, 8),
                Integer.toUnsignedLong(getInt(r, 16)), (flags & FLAG_FWD) != 0, (flags & FLAG_REV) != 0, host,
                LeaseState.fromCode((flags >>> STATE_SHIFT) & 3), (flags & FLAG_NO_CONTEXT) != 0 ? null : ctx,
                Integer.toUnsignedLong(getInt(r, 20)));
    }

    static long expire(byte[] r) {
        return getLong(r, 0) + getLong(r, 8);
    }

    static long subnetId(byte[] r) {
        return Integer.toUnsignedLong(getInt(r, 16));
    }

    static LeaseState state(byte[] r) {
        return LeaseState.fromCode((r[24] >>> STATE_SHIFT) & 3);
    }

    static boolean hwEquals(byte[] r, byte[] hw) {
        int len = r[25] & 0xff;
        return len == hw.length && Arrays.equals(r, FIXED, FIXED + len, hw, 0, len);
    }

    static boolean clientIdEquals(byte[] r, byte[] cid) {
        int from = FIXED + (r[25] & 0xff);
        int len = r[26] & 0xff;
        return len == cid.length && Arrays.equals(r, from, from + len, cid, 0, len);
    }

    static int hwHash(byte[] r) {
        return hash(r, FIXED, r[25] & 0xff);
    }

    static int clientIdHash(byte[] r) {
        return hash(r, FIXED + (r[25] & 0xff), r[26] & 0xff);
    }

    /** @return the same hash as {@link #hwHash} / {@link #clientIdHash} for a bare identifier */
    static int hash(byte[] b, int from, int len) {
        int h = 1;
        for (int i = from; i < from + len; i++) {
            h = 31 * h + b[i];
        }
        return h;
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
        int[] pos = {FIXED + (r[25] & 0xff) + (r[26] & 0xff)};
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
        return r[25] & 0xff;
    }

    static int clientIdLength(byte[] r) {
        return r[26] & 0xff;
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
