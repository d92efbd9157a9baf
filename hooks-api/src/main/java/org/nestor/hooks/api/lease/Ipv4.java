package org.nestor.hooks.api.lease;

/** Conversions between IPv4 addresses held as unsigned 32-bit ints and their dotted-quad text. */
public final class Ipv4 {
    private Ipv4() {
    }

    /** @return the dotted-quad text of {@code address} */
    public static String toText(int address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff)
                + "." + (address & 0xff);
    }

    /**
     * @param text a dotted-quad IPv4 address such as {@code 192.0.2.1}
     * @return the address as an unsigned 32-bit value
     * @throws IllegalArgumentException if {@code text} is not a dotted-quad IPv4 address
     */
    public static int parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("invalid IPv4 address '" + text + "'");
        }
        int value = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("invalid IPv4 address '" + text + "'");
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new IllegalArgumentException("invalid IPv4 address '" + text + "'");
            }
            value = (value << 8) | octet;
        }
        return value;
    }
}
