package org.nestor.example.sitehook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MacPrefixTest {
    static byte[] bytes(String mac) {
        return HexFormat.ofDelimiter(":").parseHex(mac);
    }

    @Test
    void colonAndDashFormsAreTheSamePrefix() {
        assertEquals(MacPrefix.parse("02:00:5e"), MacPrefix.parse("02-00-5E"));
        assertEquals("02:00:5e", MacPrefix.parse(" 2-0-5E ").toString());
    }

    @Test
    void matchesAddressesStartingWithIt() {
        MacPrefix p = MacPrefix.parse("02:00:5e");
        assertTrue(p.matches(bytes("02:00:5e:10:20:30")));
        assertFalse(p.matches(bytes("02:00:5f:10:20:30")));
        assertFalse(p.matches(bytes("02:00")));
    }

    @Test
    void textThatIsNotHexOctetsIsRefusedWithTheOffendingPart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacPrefix.parse("02:zz"));
        assertTrue(e.getMessage().contains("'zz' is not a hex octet"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MacPrefix.parse("02::5e"));
        assertThrows(IllegalArgumentException.class, () -> MacPrefix.parse("020"));
    }
}
