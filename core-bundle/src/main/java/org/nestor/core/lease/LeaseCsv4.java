package org.nestor.core.lease;

import java.util.Arrays;
import java.util.List;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

/**
 * One DHCPv4 memfile row: Kea 2.2's column layout (memfile schema 2.1) for writing; reading follows the file's
 * header, so schema 1.0 (no {@code state}), 2.0 (no {@code user_context}) and 3.0 (Kea 2.4+, {@code pool_id})
 * files load too, missing columns taking Kea's defaults.
 */
final class LeaseCsv4 {
    /** The header Kea 2.2 writes, and so do we. */
    static final String HEADER = "address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,"
            + "hostname,state,user_context";
    /** Schema versions by number of known columns, as Kea names them in its upgrade messages. */
    static final String CURRENT_SCHEMA = "2.1";

    private static final List<String> KNOWN = List.of("address", "hwaddr", "client_id", "valid_lifetime", "expire",
            "subnet_id", "fqdn_fwd", "fqdn_rev", "hostname", "state", "user_context", "pool_id");
    private static final int REQUIRED = 9;

    private final int[] column = new int[KNOWN.size()];
    private final boolean current;

    private LeaseCsv4(String header) {
        Arrays.fill(column, -1);
        String[] names = LeaseCsv.split(header.strip());
        for (int i = 0; i < names.length; i++) {
            int k = KNOWN.indexOf(names[i]);
            if (k >= 0) {
                column[k] = i;
            }
        }
        for (int k = 0; k < REQUIRED; k++) {
            if (column[k] < 0) {
                throw new IllegalArgumentException("invalid lease file header '" + header + "': column '"
                        + KNOWN.get(k) + "' is missing");
            }
        }
        current = header.strip().equals(HEADER);
    }

    /**
     * @param header the first line of a lease file
     * @throws IllegalArgumentException if a column that every Kea schema has is missing
     */
    static LeaseCsv4 forHeader(String header) {
        return new LeaseCsv4(header);
    }

    /**
     * @param known the column's position in Kea 2.2's layout (0 = address ... 10 = user_context, 11 = pool_id)
     * @return the column's position in this file's rows, or -1 when the file has no such column
     */
    int fieldOf(int known) {
        return column[known];
    }

    /** @return whether the header is exactly the one we write (otherwise the file is converted by an LFC) */
    boolean isCurrent() {
        return current;
    }

    /** @return whether the header lacks columns of the current schema (Kea: "needs upgrading") */
    boolean isOlder() {
        return column[9] < 0 || column[10] < 0;
    }

    static String format(Lease4 l) {
        return formatTo(new StringBuilder(128), l).toString();
    }

    /** Appends {@link #format}'s row for {@code l} to {@code sb}, with no intermediate strings. @return sb */
    static StringBuilder formatTo(StringBuilder sb, Lease4 l) {
        int a = l.address();
        sb.append(a >>> 24).append('.').append((a >>> 16) & 0xff).append('.').append((a >>> 8) & 0xff).append('.')
                .append(a & 0xff).append(',');
        LeaseCsv.appendHex(sb, l.hwAddress()).append(',');
        LeaseCsv.appendHex(sb, l.clientId()).append(',');
        sb.append(l.validLifetime()).append(',').append(l.expire()).append(',').append(l.subnetId()).append(',')
                .append(l.fqdnForward() ? 1 : 0).append(',').append(l.fqdnReverse() ? 1 : 0).append(',');
        LeaseCsv.appendEscaped(sb, l.hostname()).append(',').append(l.state().code()).append(',');
        return LeaseCsv.appendEscaped(sb, l.userContext());
    }

    /**
     * @return the lease of one row; a {@code valid_lifetime} of 0 means the lease was deleted
     * @throws IllegalArgumentException with a message in Kea's style when the row is bad
     */
    Lease4 parse(String row) {
        String[] v = LeaseCsv.split(row);
        int address;
        try {
            address = Ipv4.parse(get(v, 0));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Failed to convert string to address '" + get(v, 0)
                    + "': Invalid argument");
        }
        byte[] hw = LeaseCsv.fromHex(get(v, 1));
        byte[] cid = LeaseCsv.fromHex(get(v, 2));
        long valid = number(v, 3, 0xffffffffL);
        long expire = number(v, 4, Long.MAX_VALUE);
        long subnet = number(v, 5, 0xffffffffL);
        boolean fwd = bool(v, 6);
        boolean rev = bool(v, 7);
        String hostname = LeaseCsv.unescape(get(v, 8));
        LeaseState state = LeaseState.DEFAULT;
        if (column[9] >= 0) {
            long code = number(v, 9, 2);
            state = LeaseState.fromCode((int) code);
        }
        String context = column[10] < 0 || get(v, 10).isEmpty() ? null : LeaseCsv.unescape(get(v, 10));
        long pool = column[11] < 0 || get(v, 11).isEmpty() ? 0 : number(v, 11, 0xffffffffL);
        return new Lease4(address, hw, cid, valid, expire - valid, subnet, fwd, rev, hostname, state, context,
                pool);
    }

    private String get(String[] v, int field) {
        int i = column[field];
        if (i >= v.length) {
            throw new IllegalArgumentException("value index '" + i + "' of the CSV row is out of bounds; "
                    + "maximal index is '" + (v.length - 1) + "'");
        }
        return v[i];
    }

    private long number(String[] v, int field, long max) {
        String text = get(v, field);
        try {
            long n = Long.parseLong(text);
            if (n < 0 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unable to convert the value '" + text + "' of column '"
                    + KNOWN.get(field) + "' to a number between 0 and " + max);
        }
    }

    private boolean bool(String[] v, int field) {
        String text = get(v, field);
        if (text.equals("0") || text.equals("1")) {
            return text.equals("1");
        }
        throw new IllegalArgumentException("unable to convert the value '" + text + "' of column '"
                + KNOWN.get(field) + "' to a boolean");
    }
}
