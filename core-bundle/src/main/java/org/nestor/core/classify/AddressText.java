package org.nestor.core.classify;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.nestor.core.wire.options.Addresses;

/** IP address literals to bytes and bytes to text, as Kea writes them (RFC 5952 for IPv6). */
final class AddressText {
    private AddressText() {
    }

    /** @return 4 or 16 bytes, or null when {@code text} is not an address */
    static byte[] parse(String text) {
        if (text.indexOf(':') < 0) return parseIpv4(text);
        try {
            InetAddress a = InetAddress.getByName(text);
            byte[] b = a.getAddress();
            if (a instanceof Inet4Address) {
                // Java folds ::ffff:a.b.c.d to IPv4; Kea keeps the 16-byte form.
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(b, 0, mapped, 12, 4);
                return mapped;
            }
            return b;
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) return null;
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) return null;
            int v = Integer.parseInt(p);
            if (v > 255) return null;
            b[i] = (byte) v;
        }
        return b;
    }

    /** @return dotted text for 4 bytes, RFC 5952 text for 16 bytes (IPv4-mapped as {@code ::ffff:a.b.c.d}) */
    static String format(byte[] b) {
        if (b.length == 4) {
            return Addresses.ipv4Text(b, 0);
        }
        if (b.length != 16) throw new IllegalArgumentException("not an address: " + b.length + " bytes");
        if (isMappedIpv4(b)) {
            return "::ffff:" + Addresses.ipv4Text(b, 12);
        }
        return Addresses.ipv6Text(b, 0);
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) return false;
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
