package org.nestor.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelayAgentInfoTest {

    @Test
    void subOptionsAreReadByCodeAndWrittenBackInOrder() throws Exception {
        byte[] payload = {1, 3, 'e', 't', 'h', 2, 2, 0x0a, 0x0b, 5, 4, (byte) 192, 0, 2, 0};
        RelayAgentInfo rai = RelayAgentInfo.parse(payload);
        assertArrayEquals("eth".getBytes(), rai.get(RelayAgentInfo.CIRCUIT_ID));
        assertArrayEquals(new byte[] {0x0a, 0x0b}, rai.get(RelayAgentInfo.REMOTE_ID));
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 0}, rai.get(RelayAgentInfo.LINK_SELECTION));
        assertArrayEquals(payload, rai.encode());
    }

    @Test
    void longSubOptionIsSplitAndJoined() throws Exception {
        Map<Integer, byte[]> subs = new LinkedHashMap<>();
        subs.put(RelayAgentInfo.SUBSCRIBER_ID, new byte[300]);
        byte[] wire = RelayAgentInfo.of(subs).encode();
        assertEquals(2 + 255 + 2 + 45, wire.length);
        assertEquals(300, RelayAgentInfo.parse(wire).get(RelayAgentInfo.SUBSCRIBER_ID).length);
    }

    @Test
    void subOptionRunningPastTheEndIsMalformed() {
        assertThrows(MalformedPacketException.class, () -> RelayAgentInfo.parse(new byte[] {1, 5, 'a'}));
        assertThrows(MalformedPacketException.class, () -> RelayAgentInfo.parse(new byte[] {1}));
    }
}
