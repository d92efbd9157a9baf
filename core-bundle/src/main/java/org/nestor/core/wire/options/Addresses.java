package org.nestor.core.wire.options;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IPv4/IPv6 address and prefix text, parsed strictly as literals (never a name lookup). */
public final class Addresses {
    private static final Pattern V6_CHARS = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private Addresses() {
    }

    static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw bad(text);
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
                    || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
                throw bad(text);
            }
            b[i] = (byte) Integer.parseInt(p);
        }
        return b;
    }

    static byte[] ipv6(String text) {
        if (!V6_CHARS.matcher(text).matches()) {
            throw bad(text);
        }
        try {
            InetAddress a = InetAddress.getByName(text);
            if (a instanceof Inet4Address) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(a.getAddress(), 0, mapped, 12, 4);
                return mapped;
            }
            return a.getAddress();
        } catch (UnknownHostException e) {
            throw bad(text);
        }
    }

    /** @return prefix length then the prefix's significant bytes */
    static byte[] ipv6Prefix(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("prefix notation " + text + " is not valid: missing '/'");
        }
        int len;
        try {
            len = Integer.parseInt(text.substring(slash + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("prefix length " + text.substring(slash + 1) + " is not valid");
        }
        if (len < 0 || len > 128) {
            throw new IllegalArgumentException("prefix length " + len + " is not in the range of 0..128");
        }
        byte[] addr = ipv6(text.substring(0, slash).trim());
        int n = (len + 7) / 8;
        byte[] out = new byte[1 + n];
        out[0] = (byte) len;
        System.arraycopy(addr, 0, out, 1, n);
        return out;
    }

    /** @return the dotted text of the 4 bytes at {@code off} */
    public static String ipv4Text(byte[] b, int off) {
        return (b[off] & 0xff) + "." + (b[off + 1] & 0xff) + "." + (b[off + 2] & 0xff) + "." + (b[off + 3] & 0xff);
    }

    /** @return the RFC 5952 text of the 16 bytes at {@code off} (longest run of zero groups as {@code ::}) */
    public static String ipv6Text(byte[] b, int off) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[off + 2 * i] & 0xff) << 8) | (b[off + 2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("Failed to convert string to address '" + text + "': Invalid argument");
    }
}
