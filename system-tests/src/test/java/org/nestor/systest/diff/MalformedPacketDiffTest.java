package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Odd and malformed packets: both servers answer or stay silent alike, and both still serve the next good client.
 * Two packets Kea 2.2 answers and Nestor drops are explicit, documented differences; they go through relay
 * 127.0.0.14 (subnet 14) so that Kea's allocations for them do not shift the addresses of the other scenarios.
 */
class MalformedPacketDiffTest extends DifferentialTest {
    private static final String RELAY = "127.0.0.1";
    private static final String KEA_ONLY_RELAY = "127.0.0.14";

    private void assertBothSilent(String scenario, byte[] datagram) throws Exception {
        servers.send(scenario, RELAY, datagram, ServerPair.SILENCE_WAIT).assertSame();
    }

    private static byte[] discover(String mac) {
        return Dhcp4Codec.encode(Query.discover(mac).relayedBy(RELAY), 576);
    }

    @Test
    void truncatedPacketIsDropped() throws Exception {
        assertBothSilent("100-byte packet", Arrays.copyOf(discover("02:00:00:00:01:81"), 100));
    }

    @Test
    void bootReplyOpCodeIsTreatedLikeKea() throws Exception {
        byte[] d = discover("02:00:00:00:01:82");
        d[0] = Dhcp4Packet.BOOTREPLY;
        servers.send("op = BOOTREPLY", RELAY, d, ServerPair.REPLY_WAIT).assertSame();
    }

    @Test
    void unknownMessageTypeIsDropped() throws Exception {
        Dhcp4Packet p = Query.discover("02:00:00:00:01:83").option(53, (byte) 200).relayedBy(RELAY);
        assertBothSilent("message type 200", Dhcp4Codec.encode(p, 576));
    }

    /**
     * Allowed difference: Kea 2.2 serves a packet whose last option overruns the buffer, ignoring that option;
     * Nestor counts it in pkt4-parse-failed and drops it (DESIGN.md: a packet that cannot be parsed is dropped).
     */
    @Test
    void optionRunningPastTheEndIsDroppedByNestorWhereKeaServesIt() throws Exception {
        byte[] d = Dhcp4Codec.encode(Query.discover("02:00:00:00:14:01").relayedBy(KEA_ONLY_RELAY), 576);
        int end = 240 + 3;
        byte[] bad = Arrays.copyOf(d, end + 4);
        bad[end] = 12;
        bad[end + 1] = 40;
        bad[end + 2] = 'a';
        bad[end + 3] = 'b';
        servers.send("option 12 claims 40 bytes, 2 follow", KEA_ONLY_RELAY, bad, ServerPair.REPLY_WAIT)
                .assertKeaAnswersAndNestorDrops();
    }

    /**
     * Allowed difference: Kea 2.2 answers a packet with hlen 17 (more than chaddr holds) with hlen 16 and an
     * all-zero chaddr; Nestor drops it as malformed, since no client could recognise that reply.
     */
    @Test
    void oversizedHardwareAddressLengthIsDroppedByNestorWhereKeaAnswersIt() throws Exception {
        byte[] d = Dhcp4Codec.encode(Query.discover("02:00:00:00:14:02").relayedBy(KEA_ONLY_RELAY), 576);
        d[2] = 17;
        servers.send("hlen 17", KEA_ONLY_RELAY, d, ServerPair.REPLY_WAIT).assertKeaAnswersAndNestorDrops();
    }

    @Test
    void requestWithoutAnyAddressIsTreatedLikeKea() throws Exception {
        Dhcp4Packet p = Query.discover("02:00:00:00:01:86").option(53, (byte) 3).relayedBy(RELAY);
        servers.send("REQUEST without 50, 54 or ciaddr", RELAY, Dhcp4Codec.encode(p, 576), ServerPair.REPLY_WAIT)
                .assertSame();
    }

    @Test
    void bothServersStillAnswerAfterTheBadPackets() throws Exception {
        assertBothSilent("garbage", new byte[] {1, 2, 3});
        Dhcp4Packet offer = servers.send("DISCOVER after garbage", RELAY, discover("02:00:00:00:01:87"),
                ServerPair.REPLY_WAIT).assertSameReply();
        assertEquals(2, offer.messageType());
    }
}
