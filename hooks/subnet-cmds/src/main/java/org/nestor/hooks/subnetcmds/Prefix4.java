package org.nestor.hooks.subnetcmds;

import org.nestor.hooks.api.lease.Ipv4;

/** An IPv4 prefix ({@code 192.0.2.0/24}), compared by value so that subnets are found however they are written. */
record Prefix4(int address, int length) {
    /**
     * @throws IllegalArgumentException when {@code text} is not {@code a.b.c.d/len}
     */
    static Prefix4 parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("invalid prefix '" + text + "'");
        }
        String len = text.substring(slash + 1).trim();
        if (len.isEmpty() || len.length() > 2 || !len.chars().allMatch(Character::isDigit)
                || Integer.parseInt(len) > 32) {
            throw new IllegalArgumentException("invalid prefix length in '" + text + "'");
        }
        return new Prefix4(Ipv4.parse(text.substring(0, slash).trim()), Integer.parseInt(len));
    }

    /** @return the prefix in {@code text}, null when it is not one (a malformed subnet never matches) */
    static Prefix4 parseOrNull(Object text) {
        try {
            return text instanceof String s ? parse(s) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
