package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

class LeaseCsv4Test {
    /** This row was written by Debian's kea-dhcp4 2.2 (lease4-add with hostname "a,b&c.example.org"). */
    private static final String KEA_ROW = "192.0.2.11,1a:1b:1c:1d:1e:1f,01:02:03,7200,1795335751,1,0,0,"
            + "a&#x2cb&#x26c.example.org,0,{ \"note\": \"x&#x2cy\" }";

    @Test
    void rowWrittenByKeaIsReadWithUnescapedText() {
        Lease4 l = LeaseCsv4.forHeader(LeaseCsv4.HEADER).parse(KEA_ROW);
        assertEquals("192.0.2.11", l.addressText());
        assertArrayEquals(new byte[] {0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f}, l.hwAddress());
        assertArrayEquals(new byte[] {1, 2, 3}, l.clientId());
        assertEquals(7200, l.validLifetime());
        assertEquals(1795335751L - 7200, l.cltt());
        assertEquals("a,b&c.example.org", l.hostname());
        assertEquals("{ \"note\": \"x,y\" }", l.userContext());
    }

    @Test
    void formattedRowIsByteForByteWhatKeaWrites() {
        Lease4 l = LeaseCsv4.forHeader(LeaseCsv4.HEADER).parse(KEA_ROW);
        assertEquals(KEA_ROW, LeaseCsv4.format(l));
    }

    @Test
    void lineBreaksInTextAreEscapedSoARowStaysOneLine() {
        Lease4 l = TestLeases.lease("192.0.2.1", 1, 1).withHostname("a\nb", false, false);
        String row = LeaseCsv4.format(l);
        assertFalse(row.contains("\n"));
        assertEquals("a\nb", LeaseCsv4.forHeader(LeaseCsv4.HEADER).parse(row).hostname());
    }

    @Test
    void schema30FileWithPoolIdIsReadAndNotCurrent() {
        LeaseCsv4 csv = LeaseCsv4.forHeader(LeaseCsv4.HEADER + ",pool_id");
        Lease4 l = csv.parse("192.0.2.22,1a:1b:1c:1d:1e:1f,,7200,1795335751,1,1,0,p,1,,3");
        assertEquals(3, l.poolId());
        assertEquals(LeaseState.DECLINED, l.state());
        assertTrue(l.fqdnForward());
        assertFalse(csv.isCurrent());
        assertFalse(csv.isOlder());
    }

    @Test
    void schema10FileWithoutStateIsReadWithDefaults() {
        LeaseCsv4 csv = LeaseCsv4.forHeader("address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,"
                + "fqdn_rev,hostname");
        Lease4 l = csv.parse("192.0.2.21,1a:1b:1c:1d:1e:1f,,7200,1795335751,1,0,0,old");
        assertEquals(LeaseState.DEFAULT, l.state());
        assertNull(l.userContext());
        assertTrue(csv.isOlder());
    }

    @Test
    void badRowsAreRejectedWithKeaWording() {
        LeaseCsv4 csv = LeaseCsv4.forHeader(LeaseCsv4.HEADER);
        assertEquals("'z' is not a valid hexadecimal digit in decoded string 'zz:1b'",
                assertThrows(IllegalArgumentException.class,
                        () -> csv.parse("192.0.2.13,zz:1b,,7200,1795335751,1,0,0,,0,")).getMessage());
        assertEquals("value index '10' of the CSV row is out of bounds; maximal index is '9'",
                assertThrows(IllegalArgumentException.class,
                        () -> csv.parse("192.0.2.14,1a:1b,,7200,1795335751,1,0,0,h,0")).getMessage());
        assertEquals("Failed to convert string to address 'bad': Invalid argument",
                assertThrows(IllegalArgumentException.class, () -> csv.parse("bad")).getMessage());
    }

    @Test
    void headerWithoutRequiredColumnIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LeaseCsv4.forHeader("address,hwaddr"));
    }
}
