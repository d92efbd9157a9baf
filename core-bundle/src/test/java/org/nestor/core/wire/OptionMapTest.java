package org.nestor.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionMapTest {
    private static final byte[] A = {1};
    private static final byte[] B = {2};
    private static final byte[] C = {3};

    @Test
    void replacingAnOptionKeepsItsPlaceLikeALinkedHashMap() {
        Map<Integer, byte[]> options = new OptionMap();
        Map<Integer, byte[]> reference = new LinkedHashMap<>();
        for (Map<Integer, byte[]> m : List.of(options, reference)) {
            m.put(53, A);
            m.put(200, B);
            m.put(1, C);
            m.put(200, A);
        }
        assertEquals(new ArrayList<>(reference.keySet()), new ArrayList<>(options.keySet()));
        assertArrayEquals(A, options.get(200));
        assertEquals(reference, options);
    }

    @Test
    void removingAnOptionClosesTheGapAndKeepsTheOrderOfTheRest() {
        Map<Integer, byte[]> options = new OptionMap();
        options.put(3, A);
        options.put(250, B);
        options.put(6, C);
        assertArrayEquals(B, options.remove(250));
        assertNull(options.remove(250));
        assertEquals(List.of(3, 6), new ArrayList<>(options.keySet()));
        assertFalse(options.containsKey(250));
    }

    @Test
    void iteratorRemovesTheOptionItJustReturned() {
        Map<Integer, byte[]> options = new OptionMap();
        for (int code = 1; code <= 20; code++) { // beyond the initial capacity
            options.put(code, new byte[] {(byte) code});
        }
        Iterator<Map.Entry<Integer, byte[]>> it = options.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getKey() % 2 == 0) {
                it.remove();
            }
        }
        assertEquals(10, options.size());
        assertEquals(List.of(1, 3, 5, 7, 9, 11, 13, 15, 17, 19), new ArrayList<>(options.keySet()));
        assertArrayEquals(new byte[] {19}, options.get(19));
    }

    @Test
    void aCodeOutsideOneOctetIsRefused() {
        Map<Integer, byte[]> options = new OptionMap();
        assertThrows(IllegalArgumentException.class, () -> options.put(256, A));
    }

    @Test
    void decodedOptionsAppearInWireOrderWithSplitOptionsJoined() throws MalformedPacketException {
        Dhcp4Packet p = new Dhcp4Packet();
        p.options.put(53, new byte[] {1});
        p.options.put(224, new byte[300]); // split into two instances on the wire
        p.options.put(12, "host".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] wire = Dhcp4Codec.encode(p, 1500);
        Dhcp4Packet back = Dhcp4Codec.decode(wire, 0, wire.length);
        assertEquals(List.of(53, 224, 12), new ArrayList<>(back.options.keySet()));
        assertEquals(300, back.option(224).length);
    }
}
