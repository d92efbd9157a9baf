package org.nestor.core.config;

import java.nio.charset.StandardCharsets;
import org.nestor.core.wire.options.OptionValues;

/**
 * Parses reservation identifiers as Kea accepts them: Kea's hex notation ({@code 0a:0b}, {@code 0a0b},
 * {@code 0x0a0b}, {@code 0a 0b}, via {@link OptionValues#parseHex}); circuit-id, client-id and flex-id may also be a
 * single-quoted text ({@code 'foo'}).
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
        try {
            return OptionValues.parseHex(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
