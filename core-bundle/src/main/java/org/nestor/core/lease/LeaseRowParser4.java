package org.nestor.core.lease;

/**
 * Reads a well-formed DHCPv4 memfile row straight from the lease file's bytes into a packed record, without
 * strings or a lease object: the fast path of loading a million leases. It accepts only rows it reads exactly as
 * {@link LeaseCsv4#parse} does and declines the rest (escapes, non-ASCII text, hex without colons, signs,
 * numbers out of range, missing columns), which the caller then parses the slow way, errors worded by it.
 * Not thread-safe: one parser per loading thread.
 */
final class LeaseRowParser4 {
    private static final int MAX_FIELDS = 64;
    private static final long MAX_U32 = 0xffffffffL;

    private final int[] field = new int[12];
    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    private final byte[] hw = new byte[256];
    private final byte[] cid = new byte[256];
    private int address;

    LeaseRowParser4(LeaseCsv4 csv) {
        for (int k = 0; k < field.length; k++) {
            field[k] = csv.fieldOf(k);
        }
    }

    /** @return the address of the row {@link #parse} accepted last */
    int address() {
        return address;
    }

    /** @return the packed record of the row in {@code b[from, to)}, or null: parse that row the slow way */
    byte[] parse(byte[] b, int from, int to) {
        int n = split(b, from, to);
        if (n < 0) {
            return null;
        }
        for (int f : field) {
            if (f >= n) {
                return null;
            }
        }
        long valid = number(b, field[3], MAX_U32);
        long expire = number(b, field[4], Long.MAX_VALUE);
        long subnet = number(b, field[5], MAX_U32);
        int fwd = bit(b, field[6]);
        int rev = bit(b, field[7]);
        int state = field[9] < 0 ? 0 : (int) number(b, field[9], 2);
        boolean hasContext = field[10] >= 0 && ends[field[10]] > starts[field[10]];
        long pool = field[11] < 0 || ends[field[11]] == starts[field[11]] ? 0 : number(b, field[11], MAX_U32);
        int hwLen = hex(b, field[1], hw);
        int cidLen = hex(b, field[2], cid);
        if (valid < 0 || expire < 0 || subnet < 0 || fwd < 0 || rev < 0 || state < 0 || pool < 0 || hwLen < 0
                || cidLen < 0 || !parseAddress(b, field[0]) || !plainText(b, field[8])
                || hasContext && !plainText(b, field[10])) {
            return null;
        }
        int ctxFrom = hasContext ? starts[field[10]] : 0;
        int ctxLen = hasContext ? ends[field[10]] - ctxFrom : 0;
        return LeaseRecord4.pack(new LeaseRecord4.Fields(valid, expire - valid, subnet, pool,
                        LeaseRecord4.flags(fwd == 1, rev == 1, hasContext, state)), hw, hwLen, cid, cidLen, b,
                starts[field[8]], ends[field[8]] - starts[field[8]], ctxFrom, ctxLen);
    }

    /** @return the number of comma-separated fields, their bounds in starts/ends; -1 when there are too many */
    private int split(byte[] b, int from, int to) {
        int n = 0;
        starts[0] = from;
        for (int i = from; i < to; i++) {
            if (b[i] == ',') {
                ends[n++] = i;
                if (n == MAX_FIELDS) {
                    return -1;
                }
                starts[n] = i + 1;
            }
        }
        ends[n++] = to;
        return n;
    }

    /** @return the field's decimal value if it is 1 to 18 plain digits and at most {@code max}, else -1 */
    private long number(byte[] b, int f, long max) {
        int from = starts[f];
        int to = ends[f];
        if (to == from || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v <= max ? v : -1;
    }

    /** @return 0 or 1 for a field that is exactly "0" or "1", else -1 */
    private int bit(byte[] b, int f) {
        if (ends[f] - starts[f] != 1) {
            return -1;
        }
        int d = b[starts[f]] - '0';
        return d == 0 || d == 1 ? d : -1;
    }

    /** Dotted quad of 1-3 digit octets up to 255 into {@link #address}; false for anything else. */
    private boolean parseAddress(byte[] b, int f) {
        int v = 0;
        int octets = 0;
        int i = starts[f];
        int to = ends[f];
        while (octets < 4) {
            int digits = 0;
            int octet = 0;
            while (i < to && b[i] >= '0' && b[i] <= '9' && digits < 4) {
                octet = octet * 10 + b[i++] - '0';
                digits++;
            }
            if (digits == 0 || digits > 3 || octet > 255) {
                return false;
            }
            v = (v << 8) | octet;
            if (++octets < 4) {
                if (i >= to || b[i] != '.') {
                    return false;
                }
                i++;
            }
        }
        address = v;
        return i == to;
    }

    /** Colon-separated groups of one or two hex digits into {@code out}; @return the length, or -1 */
    private int hex(byte[] b, int f, byte[] out) {
        int i = starts[f];
        int to = ends[f];
        if (i == to) {
            return 0;
        }
        int n = 0;
        boolean colon = false;
        while (true) {
            int hi = digit(i < to ? b[i] : -1);
            if (hi < 0 || n == 255) {
                return -1;
            }
            i++;
            int lo = digit(i < to ? b[i] : -1);
            if (lo >= 0) {
                out[n++] = (byte) (hi << 4 | lo);
                i++;
            } else {
                out[n++] = (byte) hi;
            }
            if (i == to) {
                return colon ? n : -1;
            }
            if (b[i++] != ':') {
                return -1;
            }
            colon = true;
        }
    }

    private static int digit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** @return whether the field is ASCII without {@code &} (so unescaping and UTF-8 decoding change nothing) */
    private boolean plainText(byte[] b, int f) {
        for (int i = starts[f]; i < ends[f]; i++) {
            if (b[i] < 0 || b[i] == '&') {
                return false;
            }
        }
        return true;
    }
}
