package org.nestor.core.wire.options;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Converts one option field between Kea's text form and wire bytes, with Kea's error wording. */
final class FieldCodec {
    private FieldCodec() {
    }

    /** Appends the wire form of {@code text} as a field of type {@code type}. */
    static void encode(OptionDataType type, String text, ByteArrayOutputStream out) {
        switch (type) {
            case EMPTY -> { }
            case BOOLEAN -> out.write(bool(text) ? 1 : 0);
            case INT8, UINT8 -> writeInt(integer(type, text), 1, out);
            case INT16, UINT16 -> writeInt(integer(type, text), 2, out);
            case INT32, UINT32 -> writeInt(integer(type, text), 4, out);
            case IPV4_ADDRESS -> out.writeBytes(Addresses.ipv4(text));
            case IPV6_ADDRESS -> out.writeBytes(Addresses.ipv6(text));
            case IPV6_PREFIX -> out.writeBytes(Addresses.ipv6Prefix(text));
            case PSID -> out.writeBytes(psid(text));
            case STRING -> out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            case TUPLE -> tuple(text, out);
            case FQDN -> out.writeBytes(DomainNames.toWire(text));
            case BINARY -> out.writeBytes(binary(text));
            default -> throw new IllegalArgumentException("option data type " + type.keaName()
                    + " cannot be set from text");
        }
    }

    static boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equals("1")) {
            return true;
        }
        if (text.equalsIgnoreCase("false") || text.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("unable to convert '" + text + "' to boolean data type");
    }

    static long integer(OptionDataType type, String text) {
        long min = switch (type) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            default -> 0;
        };
        long max = switch (type) {
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            case UINT8 -> 0xff;
            case UINT16 -> 0xffff;
            default -> 0xffffffffL;
        };
        BigInteger v = parseNumber(text);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("unable to convert '" + text
                    + "' to numeric type. This value is expected to be in the range of " + min + ".." + max);
        }
        return v.longValue();
    }

    private static BigInteger parseNumber(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return new BigInteger(t.substring(2), 16);
            }
            if (t.startsWith("-") || t.startsWith("+")) {
                if (t.length() > 1 && Character.isDigit(t.charAt(1))) {
                    return new BigInteger(t);
                }
                throw new NumberFormatException(t);
            }
            return new BigInteger(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unable to convert the value '" + text + "' to integer data type");
        }
    }

    private static void writeInt(long v, int size, ByteArrayOutputStream out) {
        for (int i = size - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    private static byte[] psid(String text) {
        int slash = text.indexOf('/');
        long len;
        long value;
        try {
            value = Long.parseLong(text.substring(0, Math.max(slash, 0)).trim());
            len = Long.parseLong(text.substring(slash + 1).trim());
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("malformed PSID value " + text);
        }
        if (slash < 0 || len < 0 || len > 16) {
            throw new IllegalArgumentException("invalid value " + len + " of PSID length");
        }
        if (value < 0 || (len < 16 && value >= (1L << len)) || value > 0xffff) {
            throw new IllegalArgumentException("invalid PSID value " + value + " for the specified PSID length "
                    + len);
        }
        int shifted = len == 0 ? 0 : (int) (value << (16 - len));
        return new byte[] {(byte) len, (byte) (shifted >> 8), (byte) shifted};
    }

    private static void tuple(String text, ByteArrayOutputStream out) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (b.length > 255) {
            throw new IllegalArgumentException("string " + text + " is too long for a tuple with 1-byte length");
        }
        out.write(b.length);
        out.writeBytes(b);
    }

    /**
     * Kea's csv binary: hex digits, no prefix or separators except white space, which Kea's base16 decoder skips
     * (so {@code "1A BB AD"} is three bytes, as in Kea's all-options example).
     */
    static byte[] binary(String value) {
        String text = value.replaceAll("\\s", "");
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("unable to cast " + text
                        + " to binary data type: attempt to decode a value not in base16 char set");
            }
        }
        if (text.length() % 2 != 0) {
            throw new IllegalArgumentException("unable to cast " + text
                    + " to binary data type: Incomplete input for base16: " + text);
        }
        return HexText.digits(text);
    }
}
