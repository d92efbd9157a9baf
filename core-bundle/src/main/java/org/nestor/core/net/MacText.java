package org.nestor.core.net;

/** Ethernet addresses as text, {@code 00:11:22:33:44:55}. */
final class MacText {
    private MacText() {
    }

    static String format(byte[] mac) {
        StringBuilder sb = new StringBuilder(mac.length * 3);
        for (byte b : mac) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }
}
