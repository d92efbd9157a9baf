package org.nestor.example.sitehook;

import java.util.Arrays;

/** The first bytes of a hardware address, written as hex octets separated by {@code :} or {@code -} ({@code 02:00:5e}). */
public final class MacPrefix {
    private final byte[] octets;

    private MacPrefix(byte[] octets) {
        this.octets = octets;
    }

    /**
     * @param text hex octets such as {@code 02:00:5e} or {@code 02-00-5E}, 1 to 16 of them
     * @return the prefix
     * @throws IllegalArgumentException when the text is not such a list
     */
    public static MacPrefix parse(String text) {
        String[] parts = text.trim().split("[:-]", -1);
        if (text.isBlank() || parts.length > 16) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a MAC prefix (1 to 16 hex octets, "
                    + "such as 02:00:5e)");
        }
        byte[] octets = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9a-fA-F]{1,2}")) {
                throw new IllegalArgumentException("'" + text.trim() + "' is not a MAC prefix: '" + parts[i]
                        + "' is not a hex octet");
            }
            octets[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return new MacPrefix(octets);
    }

    /** @return whether {@code hwAddress} starts with this prefix */
    public boolean matches(byte[] hwAddress) {
        return hwAddress != null && hwAddress.length >= octets.length
                && Arrays.equals(octets, 0, octets.length, hwAddress, 0, octets.length);
    }

    /** @return the prefix as lower-case hex octets separated by colons */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (byte b : octets) {
            sb.append(sb.length() == 0 ? "" : ":").append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacPrefix p && Arrays.equals(octets, p.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }
}
