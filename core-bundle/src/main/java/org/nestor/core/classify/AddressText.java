package org.nestor.core.classify;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

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

    /** @return dotted text for 4 bytes, RFC 5952 text for 16 bytes */
    static String format(byte[] b) {
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        if (b.length != 16) throw new IllegalArgumentException("not an address: " + b.length + " bytes");
        if (isMappedIpv4(b)) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && words[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            if (j > i) i = j - 1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) return false;
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
