package org.nestor.core.wire.options;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the text form of an option payload: its fields as Kea's csv-format data, joined with {@code ", "}, which
 * {@link OptionValues#encode} accepts back. Addresses are printed dotted/RFC 5952, names with a trailing dot,
 * binary as lower-case hex. A payload that does not fit its definition is printed as {@code 0x} + hex.
 */
public final class OptionFormatter {
    private OptionFormatter() {
    }

    /** @return the text of {@code payload} read as {@code def} */
    public static String toText(OptionDefinition def, byte[] payload) {
        try {
            return fields(def, payload);
        } catch (IllegalArgumentException e) {
            return "0x" + HexText.of(payload, 0, payload.length).toUpperCase();
        }
    }

    private static String fields(OptionDefinition def, byte[] b) {
        if (def.type() == OptionDataType.EMPTY) {
            return "";
        }
        boolean record = def.type() == OptionDataType.RECORD;
        List<OptionDataType> types = record ? def.recordTypes() : List.of(def.type());
        boolean multi = record || def.array();
        List<String> out = new ArrayList<>();
        int[] pos = {0};
        for (int i = 0; i < types.size() - 1; i++) {
            out.add(FieldText.read(types.get(i), b, pos, multi));
        }
        OptionDataType last = types.get(types.size() - 1);
        do {
            out.add(FieldText.read(last, b, pos, multi));
        } while (def.array() && pos[0] < b.length);
        return String.join(", ", out);
    }

    /** Reads one field at {@code pos[0]} and advances it. */
    static final class FieldText {
        private FieldText() {
        }

        static String read(OptionDataType t, byte[] b, int[] pos, boolean escape) {
            int p = pos[0];
            return switch (t) {
                case BOOLEAN -> { need(b, p, 1); pos[0] = p + 1; yield b[p] != 0 ? "true" : "false"; }
                case INT8 -> { need(b, p, 1); pos[0] = p + 1; yield Integer.toString(b[p]); }
                case UINT8 -> { need(b, p, 1); pos[0] = p + 1; yield Integer.toString(b[p] & 0xff); }
                case INT16 -> Integer.toString((short) number(b, pos, 2));
                case UINT16 -> Long.toString(number(b, pos, 2));
                case INT32 -> Integer.toString((int) number(b, pos, 4));
                case UINT32 -> Long.toString(number(b, pos, 4));
                case IPV4_ADDRESS -> { need(b, p, 4); pos[0] = p + 4; yield Addresses.ipv4Text(b, p); }
                case IPV6_ADDRESS -> { need(b, p, 16); pos[0] = p + 16; yield Addresses.ipv6Text(b, p); }
                case IPV6_PREFIX -> prefix(b, pos);
                case PSID -> psid(b, pos);
                case FQDN -> DomainNames.fromWire(b, pos, b.length);
                case TUPLE -> {
                    need(b, p, 1);
                    int n = b[p] & 0xff;
                    need(b, p + 1, n);
                    pos[0] = p + 1 + n;
                    yield text(new String(b, p + 1, n, StandardCharsets.UTF_8), escape);
                }
                case STRING -> { pos[0] = b.length; yield text(new String(b, p, b.length - p,
                        StandardCharsets.UTF_8), escape); }
                default -> { pos[0] = b.length; yield HexText.of(b, p, b.length); }
            };
        }

        private static String text(String s, boolean escape) {
            return escape ? s.replace("\\", "\\\\").replace(",", "\\,") : s;
        }

        private static long number(byte[] b, int[] pos, int size) {
            need(b, pos[0], size);
            long v = 0;
            for (int i = 0; i < size; i++) {
                v = (v << 8) | (b[pos[0] + i] & 0xff);
            }
            pos[0] += size;
            return v;
        }

        private static String prefix(byte[] b, int[] pos) {
            need(b, pos[0], 1);
            int len = b[pos[0]] & 0xff;
            int n = (len + 7) / 8;
            if (len > 128) {
                throw new IllegalArgumentException("prefix length " + len);
            }
            need(b, pos[0] + 1, n);
            byte[] a = new byte[16];
            System.arraycopy(b, pos[0] + 1, a, 0, n);
            pos[0] += 1 + n;
            return Addresses.ipv6Text(a, 0) + "/" + len;
        }

        private static String psid(byte[] b, int[] pos) {
            need(b, pos[0], 3);
            int len = b[pos[0]] & 0xff;
            int v = ((b[pos[0] + 1] & 0xff) << 8) | (b[pos[0] + 2] & 0xff);
            if (len > 16) {
                throw new IllegalArgumentException("psid length " + len);
            }
            pos[0] += 3;
            return (len == 0 ? 0 : v >>> (16 - len)) + "/" + len;
        }

        private static void need(byte[] b, int from, int n) {
            if (from + n > b.length) {
                throw new IllegalArgumentException("option payload truncated");
            }
        }
    }
}
