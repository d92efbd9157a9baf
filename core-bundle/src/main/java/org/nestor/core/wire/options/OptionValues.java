package org.nestor.core.wire.options;

/** Turns {@code option-data} values written in configuration into wire payloads, as Kea parses them. */
public final class OptionValues {
    private OptionValues() {
    }

    /**
     * @param definition the option's definition
     * @param data the {@code data} text (comma-separated values when {@code csvFormat}, else hex)
     * @param csvFormat Kea's {@code csv-format}
     * @return the wire payload
     * @throws IllegalArgumentException with a Kea-like message when the data does not fit the definition
     */
    public static byte[] encode(OptionDefinition definition, String data, boolean csvFormat) {
        throw new UnsupportedOperationException("not yet written");
    }

    /**
     * Parses Kea's hex notation for {@code csv-format: false} data and identifiers: {@code 0a0b}, {@code 0x0a0b},
     * {@code 0a:0b}, {@code 0a 0b}, empty.
     *
     * @throws IllegalArgumentException when the text is not hex
     */
    public static byte[] parseHex(String text) {
        throw new UnsupportedOperationException("not yet written");
    }
}
