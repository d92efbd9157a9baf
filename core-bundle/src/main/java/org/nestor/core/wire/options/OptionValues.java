package org.nestor.core.wire.options;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** Turns {@code option-data} values written in configuration into wire payloads, as Kea parses them. */
public final class OptionValues {
    /** Code of vivso-suboptions, which Kea writes with an (empty) sub-option length octet. */
    private static final int VIVSO = 125;

    private OptionValues() {
    }

    /**
     * Kea's rules: csv values are split on commas ({@code \,} is a literal comma), trimmed, empty ones dropped; a
     * single-value option uses the first value and ignores the rest; a record needs one value per field and, when
     * it is an array, repeats its last field over the remaining values; {@code csv-format: false} data is hex.
     *
     * @param definition the option's definition
     * @param data the {@code data} text (comma-separated values when {@code csvFormat}, else hex)
     * @param csvFormat Kea's {@code csv-format}
     * @return the wire payload
     * @throws IllegalArgumentException with a Kea-like message when the data does not fit the definition
     */
    public static byte[] encode(OptionDefinition definition, String data, boolean csvFormat) {
        if (!csvFormat) {
            return checkRaw(definition, parseHex(data));
        }
        try {
            return csv(definition, CsvTokens.split(data));
        } catch (IllegalArgumentException e) {
            throw mismatch(definition, e.getMessage());
        }
    }

    /**
     * Parses Kea's hex notation for {@code csv-format: false} data and identifiers: {@code 0a0b}, {@code 0x0a0b},
     * {@code 0a:0b}, {@code 0a 0b}, empty. An odd number of plain digits gets a leading zero.
     *
     * @throws IllegalArgumentException when the text is not hex
     */
    public static byte[] parseHex(String text) {
        return HexText.parse(text);
    }

    private static byte[] csv(OptionDefinition def, List<String> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (def.type() == OptionDataType.EMPTY) {
            return out.toByteArray();
        }
        boolean record = def.type() == OptionDataType.RECORD;
        List<OptionDataType> fields = record ? def.recordTypes() : List.of(def.type());
        if (record && values.size() < fields.size()) {
            throw new IllegalArgumentException("number of data fields for the option type '" + def.code()
                    + "' is greater than number of values provided.");
        }
        if (values.isEmpty()) {
            return emptyValue(def);
        }
        int last = fields.size() - 1;
        for (int i = 0; i < last; i++) {
            FieldCodec.encode(fields.get(i), values.get(i), out);
        }
        int end = def.array() ? values.size() : last + 1;
        for (int i = last; i < end; i++) {
            FieldCodec.encode(fields.get(last), values.get(i), out);
        }
        if (def.code() == VIVSO && StandardOptions4.DHCP4.equals(def.space())) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] emptyValue(OptionDefinition def) {
        if (!def.array()) {
            throw new IllegalArgumentException("no option value specified");
        }
        return switch (def.type()) {
            case IPV4_ADDRESS -> new byte[0];
            case FQDN -> throw new IllegalArgumentException("FQDN list option has invalid length of 0");
            default -> throw new IllegalArgumentException("option " + def.code() + " empty");
        };
    }

    private static byte[] checkRaw(OptionDefinition def, byte[] payload) {
        if (def.type() == OptionDataType.STRING && !def.array() && allZero(payload)) {
            throw mismatch(def, "failed to parse an option '" + def.code()
                    + "' holding string value' was empty or contained only nuls");
        }
        if (def.type() == OptionDataType.IPV4_ADDRESS && def.array() && payload.length % 4 != 0) {
            throw mismatch(def, "DHCPv4 Option4AddrLst " + def.code() + " has invalid length=" + payload.length
                    + ", must be divisible by 4.");
        }
        return payload;
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException mismatch(OptionDefinition def, String detail) {
        return new IllegalArgumentException("option data does not match option definition (space: " + def.space()
                + ", code: " + def.code() + "): " + detail);
    }
}
