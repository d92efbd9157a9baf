package org.nestor.core.wire.options;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
    private static OptionDefinition std(String name) {
        return StandardOptions4.definitions().byName("dhcp4", name).orElseThrow();
    }

    private static String refusal(String name, String data, boolean csv) {
        return assertThrows(IllegalArgumentException.class, () -> OptionValues.encode(std(name), data, csv))
                .getMessage();
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void integersOutOfRangeGetKeasMessage() {
        assertEquals("option data does not match option definition (space: dhcp4, code: 23): unable to convert"
                + " '256' to numeric type. This value is expected to be in the range of 0..255",
                refusal("default-ip-ttl", "256", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 2): unable to convert"
                + " '-2147483649' to numeric type. This value is expected to be in the range of"
                + " -2147483648..2147483647", refusal("time-offset", "-2147483649", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 23): unable to convert"
                + " the value '1.5' to integer data type", refusal("default-ip-ttl", "1.5", true));
    }

    @Test
    void integersAcceptSignAndHex() {
        assertArrayEquals(bytes(0, 5, 0, 16), OptionValues.encode(std("path-mtu-plateau-table"), "+5, 0x10", true));
    }

    @Test
    void csvBinarySkipsWhiteSpaceButNotColonsAsKeaDoes() {
        assertArrayEquals(bytes(0x1a, 0xbb, 0xad), OptionValues.encode(std("nwip-suboptions"), "1A BB AD", true));
        assertThrows(IllegalArgumentException.class,
                () -> OptionValues.encode(std("nwip-suboptions"), "1A:BB", true));
    }

    @Test
    void booleansAcceptWordsAndDigits() {
        assertArrayEquals(bytes(1), OptionValues.encode(std("ip-forwarding"), "1", true));
        assertArrayEquals(bytes(0), OptionValues.encode(std("ip-forwarding"), "FALSE", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 19): unable to convert"
                + " '2' to boolean data type", refusal("ip-forwarding", "2", true));
    }

    @Test
    void addressesAreStrict() {
        assertArrayEquals(bytes(192, 0, 2, 1, 192, 0, 2, 2),
                OptionValues.encode(std("routers"), "192.0.2.1 ,,192.0.2.2,", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 3): Failed to convert"
                + " string to address '': Invalid argument", refusal("routers", "192.0.2.1 , ,192.0.2.2", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 3): Failed to convert"
                + " string to address '1.2.3': Invalid argument", refusal("routers", "1.2.3", true));
        assertArrayEquals(new byte[0], OptionValues.encode(std("www-server"), "", true));
    }

    @Test
    void emptyDataIsRefusedForSingleValues() {
        assertEquals("option data does not match option definition (space: dhcp4, code: 1): no option value"
                + " specified", refusal("subnet-mask", "", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 119): FQDN list option"
                + " has invalid length of 0", refusal("domain-search", "", true));
    }

    @Test
    void stringsTakeTheFirstValueUnlessTheCommaIsEscaped() {
        assertArrayEquals("a".getBytes(), OptionValues.encode(std("merit-dump"), "a,b", true));
        assertArrayEquals("x,y".getBytes(), OptionValues.encode(std("merit-dump"), "x\\,y", true));
        assertArrayEquals("sp".getBytes(), OptionValues.encode(std("nis-domain"), " sp ", true));
    }

    @Test
    void recordsNeedAValuePerField() {
        assertEquals("option data does not match option definition (space: dhcp4, code: 94): number of data"
                + " fields for the option type '94' is greater than number of values provided.",
                refusal("client-ndi", "1,2", true));
        assertArrayEquals(bytes(1, 2, 3), OptionValues.encode(std("client-ndi"), "1,2,3,4", true));
    }

    @Test
    void fqdnFieldsAreWireEncodedAndChecked() {
        assertArrayEquals(bytes(1, 'a', 2, 'b', 'c', 0, 1, 'd', 0),
                OptionValues.encode(std("domain-search"), "a.bc, d.", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 119): duplicate period"
                + " in a..b", refusal("domain-search", "a..b", true));
    }

    @Test
    void binaryInCsvIsPlainHex() {
        assertArrayEquals(bytes(1, 2), OptionValues.encode(std("dhcp-client-identifier"), "0102", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 61): unable to cast"
                + " 0x0102 to binary data type: attempt to decode a value not in base16 char set",
                refusal("dhcp-client-identifier", "0x0102", true));
        assertEquals("option data does not match option definition (space: dhcp4, code: 61): unable to cast"
                + " abc to binary data type: Incomplete input for base16: abc",
                refusal("dhcp-client-identifier", "abc", true));
    }

    @Test
    void psidLengthIsChecked() {
        assertEquals("option data does not match option definition (space: dhcp4, code: 159): invalid value 17"
                + " of PSID length", refusal("v4-portparams", "2, 3/17", true));
    }

    @Test
    void customTypesEncode() {
        OptionDefinition rec = new OptionDefinition("foo", 222, "dhcp4", OptionDataType.RECORD, false,
                List.of(OptionDataType.IPV6_PREFIX, OptionDataType.TUPLE, OptionDataType.INT16), "");
        assertArrayEquals(bytes(48, 0x20, 0x01, 0x0d, 0xb8, 0, 1, 2, 'h', 'i', 0xff, 0xfe),
                OptionValues.encode(rec, "2001:db8:1::/48, hi, -2", true));
        OptionDefinition empty = new OptionDefinition("e", 223, "dhcp4", OptionDataType.EMPTY, false, List.of(),
                "");
        assertArrayEquals(new byte[0], OptionValues.encode(empty, "", true));
    }

    @Test
    void hexDataFollowsKeasNotations() {
        assertArrayEquals(bytes(0x0a, 0xbc), OptionValues.parseHex("abc"));
        assertArrayEquals(bytes(0x61, 0x62), OptionValues.parseHex("0x6162"));
        assertArrayEquals(bytes(0x61, 0x06), OptionValues.parseHex("61:6"));
        assertArrayEquals(bytes(0x06, 0x62), OptionValues.parseHex("6 62"));
        assertArrayEquals(new byte[0], OptionValues.parseHex(""));
        for (String bad : List.of("61:62 63", "61  62", "0X6162", ":6162", "6162:", "0x61:62", "0x", "61:626")) {
            assertEquals("option data is not a valid string of hexadecimal digits: " + bad,
                    assertThrows(IllegalArgumentException.class, () -> OptionValues.parseHex(bad)).getMessage());
        }
    }

    @Test
    void hexDataIsCheckedWhereKeaChecksIt() {
        assertEquals("option data does not match option definition (space: dhcp4, code: 3): DHCPv4"
                + " Option4AddrLst 3 has invalid length=7, must be divisible by 4.",
                refusal("routers", "c0000201c00002", false));
        assertEquals("option data does not match option definition (space: dhcp4, code: 40): failed to parse an"
                + " option '40' holding string value' was empty or contained only nuls",
                refusal("nis-domain", "", false));
        assertArrayEquals(bytes(1, 2), OptionValues.encode(std("default-ip-ttl"), "0102", false));
    }
}
