package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * ff02::1:2 joined on two veths whose other ends live in namespaces: a datagram a "client" sends to the group on its
 * link arrives with the interface it came in on, and on no other.
 */
class AllAgentsGroupTest {
    /** Sends argv[3] to [ff02::1:2%argv[1]]:argv[2] from a link-local socket, as a DHCPv6 client does. */
    private static final String CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)",
            "s.sendto(sys.argv[3].encode(), ('ff02::1:2', int(sys.argv[2]), 0, socket.if_nametoindex(sys.argv[1])))");

    @Test
    void datagramToTheGroupArrivesAttributedToItsInterfaceOnly() throws Exception {
        assumeTrue(VethPairs.available(), "needs root and ip netns");
        int port = ThreadLocalRandom.current().nextInt(20000, 60000);
        try (VethPairs veths = new VethPairs("g6" + (ProcessHandle.current().pid() % 10000))) {
            veths.add(1);
            veths.add(2);
            try (AllAgentsGroup group = AllAgentsGroup.join(List.of(veths.hostSide(1), veths.hostSide(2)), port)) {
                assertEquals(List.of(veths.hostSide(1), veths.hostSide(2)), group.interfaces());
                Optional<AllAgentsGroup.Received> got = Optional.empty();
                // The link-local addresses finish duplicate address detection a moment after the link comes up.
                for (int attempt = 0; attempt < 40 && got.isEmpty(); attempt++) {
                    veths.exec(2, "python3", "-c", CLIENT, veths.clientSide(2), Integer.toString(port), "solicit");
                    got = group.receive(250);
                }
                assertTrue(got.isPresent(), "nothing arrived on ff02::1:2 port " + port);
                assertEquals(veths.hostSide(2), got.get().interfaceName());
                assertArrayEquals("solicit".getBytes(StandardCharsets.US_ASCII), got.get().data());
                assertTrue(got.get().source().getAddress().isLinkLocalAddress(), got.get().source().toString());
                while (true) {
                    Optional<AllAgentsGroup.Received> more = group.receive(300);
                    if (more.isEmpty()) {
                        break;
                    }
                    assertEquals(veths.hostSide(2), more.get().interfaceName(), "a datagram leaked to another link");
                }
            }
        }
    }

    @Test
    void unknownInterfaceIsRefusedInKeasWords() {
        TransportException e = assertThrows(TransportException.class,
                () -> AllAgentsGroup.join(List.of("nosuch0"), 20547));
        assertEquals("Failed to select interface: interface 'nosuch0' doesn't exist in the system", e.getMessage());
    }
}
