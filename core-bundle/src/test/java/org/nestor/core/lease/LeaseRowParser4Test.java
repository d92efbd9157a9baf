package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.lease.Lease4;

/** The byte-level fast path must read every row it accepts exactly as {@link LeaseCsv4#parse} reads it. */
class LeaseRowParser4Test {
    private static final String V3 = LeaseCsv4.HEADER + ",pool_id";

    @Test
    void acceptedRowsAreReadAsTheTextParserReadsThem() {
        List<String> rows = List.of(
                "192.0.2.11,1a:1b:1c:1d:1e:1f,01:02:03,7200,1795335751,1,0,0,host.example.org,0,",
                "240.0.0.1,02:00:00:00:00:01,,864000,1796213478,2,0,0,,0,",
                "255.255.255.254,A:b:0C,f:01,0,0,4294967295,1,1,h,2,{ \"a\": 1 }",
                "0.0.0.0,,,4294967295,999999999999999999,0,1,0,,1,",
                "192.0.2.012,1:2:3,,60,100,7,0,1,x y,0,");
        for (String row : rows) {
            assertSameAsText(LeaseCsv4.HEADER, row);
        }
        assertSameAsText(V3, "192.0.2.22,1a:1b:1c:1d:1e:1f,,7200,1795335751,1,1,0,p,1,,3");
        assertSameAsText(V3, "192.0.2.22,1a:1b:1c:1d:1e:1f,,7200,1795335751,1,1,0,p,1,,");
        assertSameAsText("address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname",
                "192.0.2.21,1a:1b:1c:1d:1e:1f,,7200,1795335751,1,0,0,old");
    }

    @Test
    void unusualRowsAreLeftToTheTextParser() {
        List<String> rows = List.of(
                "192.0.2.11,1a:1b,,7200,1795335751,1,0,0,a&#x2cb,0,",   // escape
                "192.0.2.11,1a1b,,7200,1795335751,1,0,0,,0,",           // hex without colons
                "192.0.2.11,1a:,,7200,1795335751,1,0,0,,0,",            // empty hex group
                "192.0.2.11,123:4,,7200,1795335751,1,0,0,,0,",          // three-digit hex group
                "192.0.2.11,1a:1b,,+7200,1795335751,1,0,0,,0,",         // sign
                "192.0.2.11,1a:1b,,7200,1795335751,1,0,0,,3,",          // no such state
                "192.0.2.11,1a:1b,,4294967296,1795335751,1,0,0,,0,",    // valid lifetime out of range
                "192.0.2.11,1a:1b,,7200,1795335751,1,2,0,,0,",          // not a boolean
                "192.0.2.256,1a:1b,,7200,1795335751,1,0,0,,0,",         // octet out of range
                "192.0.2,1a:1b,,7200,1795335751,1,0,0,,0,",             // three octets
                "192.0.2.11,1a:1b,,7200,1795335751,1,0,0,h\u00e9,0,",  // non-ASCII host name
                "192.0.2.11,1a:1b,,7200,1795335751,1,0,0,h,0",          // user_context column missing
                "");
        LeaseRowParser4 fast = new LeaseRowParser4(LeaseCsv4.forHeader(LeaseCsv4.HEADER));
        for (String row : rows) {
            byte[] b = row.getBytes(StandardCharsets.UTF_8);
            assertNull(fast.parse(b, 0, b.length), row);
        }
    }

    @Test
    void longestHardwareAddressIsAcceptedAndOneByteMoreIsNot() {
        String hw255 = HexFormat.ofDelimiter(":").formatHex(new byte[255]);
        assertSameAsText(LeaseCsv4.HEADER, "192.0.2.1," + hw255 + ",,60,100,1,0,0,,0,");
        byte[] b = ("192.0.2.1," + hw255 + ":00,,60,100,1,0,0,,0,").getBytes(StandardCharsets.UTF_8);
        assertNull(new LeaseRowParser4(LeaseCsv4.forHeader(LeaseCsv4.HEADER)).parse(b, 0, b.length));
    }

    private static void assertSameAsText(String header, String row) {
        LeaseCsv4 csv = LeaseCsv4.forHeader(header);
        LeaseRowParser4 fast = new LeaseRowParser4(csv);
        byte[] b = ("xx" + row + "yy").getBytes(StandardCharsets.UTF_8);
        byte[] record = fast.parse(b, 2, b.length - 2);
        assertNotNull(record, row);
        Lease4 expected = csv.parse(row);
        Lease4 actual = LeaseRecord4.decode(fast.address(), record);
        assertEquals(LeaseCsv4.format(expected), LeaseCsv4.format(actual), row);
        assertEquals(expected.poolId(), actual.poolId(), row);
        assertEquals(expected.userContext(), actual.userContext(), row);
    }
}
