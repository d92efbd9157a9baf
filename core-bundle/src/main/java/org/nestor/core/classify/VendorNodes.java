package org.nestor.core.classify;

import java.util.Arrays;

/**
 * Nodes reading the vendor options (DHCPv4 125 / DHCPv6 17) and vendor class options (DHCPv4 124 / DHCPv6 16).
 * As in Kea only the first enterprise block is examined; enterprise 0 ({@code *}) matches any.
 */
final class VendorNodes {
    private final int vendorCode;
    private final int vendorClassCode;
    private final boolean v6;

    VendorNodes(boolean v6) {
        this.v6 = v6;
        this.vendorCode = v6 ? 17 : 125;
        this.vendorClassCode = v6 ? 16 : 124;
    }

    /** {@code vendor.enterprise} / {@code vendor-class.enterprise}: 4 bytes, or "" without the option. */
    StringNode enterprise(boolean vendorClass) {
        int code = vendorClass ? vendorClassCode : vendorCode;
        return c -> {
            byte[] p = c.option(code);
            return p == null || p.length < 4 ? Bytes.EMPTY : Arrays.copyOf(p, 4);
        };
    }

    /** {@code vendor[e].exists} / {@code vendor-class[e].exists}. */
    BoolNode exists(boolean vendorClass, long enterprise) {
        int code = vendorClass ? vendorClassCode : vendorCode;
        return c -> matches(c.option(code), enterprise);
    }

    /** {@code vendor[e].option[s]} payload source. */
    OptionNodes.PayloadSource subOption(long enterprise, int code) {
        return c -> {
            byte[] p = c.option(vendorCode);
            if (!matches(p, enterprise)) return null;
            if (v6) return SubOptions.find(p, 4, p.length, code, true);
            int len = p[4] & 0xff;
            return SubOptions.find(p, 5, Math.min(p.length, 5 + len), code, false);
        };
    }

    /** {@code vendor-class[e].data[i]}: chunk {@code index}, or "" when absent. */
    StringNode data(long enterprise, int index) {
        return c -> {
            byte[] p = c.option(vendorClassCode);
            if (!matches(p, enterprise)) return Bytes.EMPTY;
            int i = v6 ? 4 : 5;
            int end = v6 ? p.length : Math.min(p.length, 5 + (p[4] & 0xff));
            int lenSize = v6 ? 2 : 1;
            for (int n = 0; i + lenSize <= end; n++) {
                int len = (int) Bytes.readUnsigned(p, i, lenSize);
                i += lenSize;
                if (i + len > end) return Bytes.EMPTY;
                if (n == index) return Arrays.copyOfRange(p, i, i + len);
                i += len;
            }
            return Bytes.EMPTY;
        };
    }

    private boolean matches(byte[] p, long enterprise) {
        if (p == null || p.length < (v6 ? 4 : 5)) return false;
        return enterprise == 0 || Bytes.readUnsigned(p, 0, 4) == enterprise;
    }
}
