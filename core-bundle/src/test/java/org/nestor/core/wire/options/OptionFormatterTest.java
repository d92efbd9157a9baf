package org.nestor.core.wire.options;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionFormatterTest {
    private static OptionDefinition std(String name) {
        return StandardOptions4.definitions().byName("dhcp4", name).orElseThrow();
    }

    private static String text(String name, String data) {
        return OptionFormatter.toText(std(name), OptionValues.encode(std(name), data, true));
    }

    @Test
    void valuesPrintInKeasCsvForm() {
        assertEquals("192.0.2.1, 192.0.2.2", text("routers", "192.0.2.1,192.0.2.2"));
        assertEquals("-2", text("time-offset", "-2"));
        assertEquals("example.com., example.org.", text("domain-search", "example.com,example.org"));
        assertEquals("true, 192.0.2.1, 192.0.2.2", text("slp-directory-agent", "1, 192.0.2.1, 192.0.2.2"));
        assertEquals("2, 3/4", text("v4-portparams", "2, 3/4"));
        assertEquals("8, 0, 2001:db8::, 192.0.2.1", text("option-6rd", "8, 0, 2001:db8:0::, 192.0.2.1"));
        assertEquals("0a0b", text("user-class", "0A0B"));
        assertEquals("x,y", text("merit-dump", "x\\,y"));
        assertEquals("true, a\\,b", text("slp-service-scope", "true, a\\,b"));
    }

    @Test
    void everyStandardOptionRoundTripsThroughItsText() {
        String[][] samples = {{"subnet-mask", "255.255.255.0"}, {"client-system", "0, 7, 9"},
            {"fqdn", "1, 0, 0, host.example.com."}, {"uuid-guid", "0, 00112233"},
            {"rdnss-selection", "1, 192.0.2.1, 192.0.2.2, a.example., b.example."},
            {"vivco-suboptions", "4491, 0102"}, {"dhcp-max-message-size", "1500"}};
        for (String[] s : samples) {
            byte[] wire = OptionValues.encode(std(s[0]), s[1], true);
            String text = OptionFormatter.toText(std(s[0]), wire);
            assertArrayEquals(wire, OptionValues.encode(std(s[0]), text, true), s[0] + " -> " + text);
        }
    }

    @Test
    void customTypesPrint() {
        OptionDefinition rec = new OptionDefinition("foo", 222, "dhcp4", OptionDataType.RECORD, true,
                List.of(OptionDataType.IPV6_PREFIX, OptionDataType.TUPLE, OptionDataType.INT8), "");
        byte[] wire = OptionValues.encode(rec, "2001:db8:1::/48, hi, -2, 3", true);
        assertEquals("2001:db8:1::/48, hi, -2, 3", OptionFormatter.toText(rec, wire));
    }

    @Test
    void payloadThatDoesNotFitItsDefinitionPrintsAsHex() {
        assertEquals("0x0A0B", OptionFormatter.toText(std("routers"), new byte[] {10, 11}));
    }
}
