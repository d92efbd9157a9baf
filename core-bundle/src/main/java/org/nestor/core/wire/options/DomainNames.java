package org.nestor.core.wire.options;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Domain names in DNS wire form (RFC 1035 §3.1, no compression), as Kea writes fqdn option fields. */
final class DomainNames {
    private static final int MAX_LABEL = 63;
    private static final int MAX_NAME = 255;

    private DomainNames() {
    }

    static byte[] toWire(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty domain name");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!text.equals(".")) {
            String body = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
            for (String label : body.split("\\.", -1)) {
                if (label.isEmpty()) {
                    throw new IllegalArgumentException("duplicate period in " + text);
                }
                byte[] b = label.getBytes(StandardCharsets.UTF_8);
                if (b.length > MAX_LABEL) {
                    throw new IllegalArgumentException("label is too long in " + text);
                }
                for (byte c : b) {
                    if (c <= ' ' || c == 0x7f) {
                        throw new IllegalArgumentException("invalid character in domain name " + text);
                    }
                }
                out.write(b.length);
                out.writeBytes(b);
            }
        }
        out.write(0);
        if (out.size() > MAX_NAME) {
            throw new IllegalArgumentException("domain name " + text + " is too long");
        }
        return out.toByteArray();
    }

    /**
     * Reads one wire-form name starting at {@code pos[0]}, advancing it.
     *
     * @return the name with a trailing dot ({@code example.com.}), {@code .} for the root
     * @throws IllegalArgumentException when the name is truncated or compressed
     */
    static String fromWire(byte[] b, int[] pos, int end) {
        StringBuilder sb = new StringBuilder();
        int i = pos[0];
        while (true) {
            if (i >= end) {
                throw new IllegalArgumentException("truncated domain name");
            }
            int len = b[i] & 0xff;
            if (len == 0) {
                pos[0] = i + 1;
                return sb.length() == 0 ? "." : sb.toString();
            }
            if (len > MAX_LABEL || i + 1 + len > end) {
                throw new IllegalArgumentException("invalid label length in domain name");
            }
            sb.append(new String(b, i + 1, len, StandardCharsets.UTF_8)).append('.');
            i += 1 + len;
        }
    }
}
