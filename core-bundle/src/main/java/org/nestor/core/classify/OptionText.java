package org.nestor.core.classify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nestor.core.wire.options.OptionDataType;
import org.nestor.core.wire.options.OptionDefinition;

/**
 * The {@code .text} representation of an option payload, by its definition: strings as they are, addresses in
 * dotted (or RFC 5952) form, integers in decimal, booleans as {@code true}/{@code false}, several values separated
 * by a space. Options without a definition, binary ones and payloads that do not fit their definition give the raw
 * bytes, like {@code .hex}.
 */
final class OptionText {
    private OptionText() {
    }

    static byte[] render(OptionDefinition def, byte[] payload) {
        if (def == null) return payload;
        List<OptionDataType> fields = def.type() == OptionDataType.RECORD ? def.recordTypes() : List.of(def.type());
        StringBuilder sb = new StringBuilder();
        int[] pos = {0};
        boolean first = true;
        do {
            for (OptionDataType t : fields) {
                String v = field(t, payload, pos);
                if (v == null) return payload;
                if (!first) sb.append(' ');
                sb.append(v);
                first = false;
            }
        } while (def.array() && pos[0] < payload.length);
        return pos[0] == payload.length ? sb.toString().getBytes(StandardCharsets.UTF_8) : payload;
    }

    /** @return the field at {@code pos[0]} as text, advancing it; null when the bytes do not fit */
    private static String field(OptionDataType type, byte[] b, int[] pos) {
        int p = pos[0];
        int remaining = b.length - p;
        switch (type) {
            case STRING: {
                pos[0] = b.length;
                return new String(b, p, remaining, StandardCharsets.UTF_8);
            }
            case EMPTY:
                return "";
            case BOOLEAN:
                if (remaining < 1) return null;
                pos[0] = p + 1;
                return b[p] != 0 ? "true" : "false";
            case UINT8: case INT8: case UINT16: case INT16: case UINT32: case INT32: {
                int size = switch (type) {
                    case UINT8, INT8 -> 1;
                    case UINT16, INT16 -> 2;
                    default -> 4;
                };
                if (remaining < size) return null;
                long v = Bytes.readUnsigned(b, p, size);
                if (type == OptionDataType.INT8 || type == OptionDataType.INT16 || type == OptionDataType.INT32) {
                    v = (v << (64 - 8 * size)) >> (64 - 8 * size);
                }
                pos[0] = p + size;
                return Long.toString(v);
            }
            case IPV4_ADDRESS:
            case IPV6_ADDRESS: {
                int size = type == OptionDataType.IPV4_ADDRESS ? 4 : 16;
                if (remaining < size) return null;
                pos[0] = p + size;
                byte[] a = new byte[size];
                System.arraycopy(b, p, a, 0, size);
                return AddressText.format(a);
            }
            case FQDN:
                return fqdn(b, pos);
            default:
                return null;
        }
    }

    /** DNS wire-format name to dotted text (no compression, as in DHCP options). */
    private static String fqdn(byte[] b, int[] pos) {
        StringBuilder sb = new StringBuilder();
        int p = pos[0];
        while (p < b.length) {
            int len = b[p] & 0xff;
            p++;
            if (len == 0) {
                pos[0] = p;
                return sb.length() == 0 ? "." : sb.toString();
            }
            if (p + len > b.length) return null;
            sb.append(new String(b, p, len, StandardCharsets.US_ASCII)).append('.');
            p += len;
        }
        pos[0] = p;
        return sb.toString();
    }
}
