package org.nestor.core.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Parses reservation identifiers as Kea accepts them: hex with {@code :} (or {@code -}, space) separated groups of
 * one or two digits, or plain hex digits with an optional {@code 0x}; circuit-id, client-id and flex-id may also be
 * a single-quoted text ({@code 'foo'}).
 */
final class HostIdentifiers {
    private HostIdentifiers() {
    }

    /** @return the identifier bytes, or null when {@code text} is not a valid identifier of {@code type} */
    static byte[] parse(HostIdentifierType type, String text) {
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            if (type == HostIdentifierType.HW_ADDRESS || type == HostIdentifierType.DUID || text.length() == 2) {
                return null;
            }
            return text.substring(1, text.length() - 1).getBytes(StandardCharsets.UTF_8);
        }
        byte[] b = hex(text);
        return b == null || b.length == 0 ? null : b;
    }

    private static byte[] hex(String text) {
        String t = text.trim();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            t = t.substring(2);
            return t.matches("[0-9A-Fa-f]*") && t.length() % 2 == 0 ? pairs(t) : null;
        }
        if (t.indexOf(':') < 0 && t.indexOf('-') < 0 && t.indexOf(' ') < 0) {
            return t.matches("[0-9A-Fa-f]*") && t.length() % 2 == 0 ? pairs(t) : null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String g : t.split("[:\\- ]", -1)) {
            if (g.isEmpty() || g.length() > 2 || !g.matches("[0-9A-Fa-f]+")) return null;
            out.write(Integer.parseInt(g, 16));
        }
        return out.toByteArray();
    }

    private static byte[] pairs(String t) {
        byte[] b = new byte[t.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(t.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
