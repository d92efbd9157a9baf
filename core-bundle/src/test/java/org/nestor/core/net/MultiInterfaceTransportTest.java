package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Two directly connected "clients" in namespaces of their own, each behind a veth pair: a broadcast query is
 * attributed to the interface it came in on, and the broadcast reply leaves through that interface only.
 */
class MultiInterfaceTransportTest {
    private static final String CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)",
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, sys.argv[1].encode())",
            "s.bind(('0.0.0.0', int(sys.argv[3])))",
            "s.settimeout(5)",
            "s.sendto(b'query', ('255.255.255.255', int(sys.argv[2])))",
            "print(s.recvfrom(100)[0].decode())");

    @Test
    void broadcastQueriesAreAttributedToTheirInterfaceAndAnsweredThroughIt() throws Exception {
        assumeTrue(VethPairs.available(), "needs root and ip netns");
        assumeTrue(SocketFlavour.choose().bindsToDevice(), "epoll not available");
        String prefix = "nt" + (ProcessHandle.current().pid() % 10000);
        Map<String, InboundDatagram> seen = new ConcurrentHashMap<>();
        DatagramHandler handler = (in, send) -> {
            seen.put(in.interfaceName(), in);
            send.accept(new OutboundDatagram(in.interfaceName().getBytes(), 0xffffffff, 10068, in.interfaceName()));
        };
        try (VethPairs veths = new VethPairs(prefix)) {
            veths.add(1);
            veths.add(2);
            TransportSettings settings = new TransportSettings(List.of(veths.hostSide(1), veths.hostSide(2)),
                    "udp", 0, true, 1, 16);
            try (Dhcp4Transport transport = Dhcp4Transport.open(settings, handler, () -> { })) {
                for (int n = 1; n <= 2; n++) {
                    assertEquals(veths.hostSide(n),
                            veths.exec(n, "python3", "-c", CLIENT, veths.clientSide(n),
                                    String.valueOf(transport.port()), "10068"));
                    InboundDatagram in = seen.get(veths.hostSide(n));
                    assertEquals(veths.hostAddress(n), in.interfaceAddress());
                    assertEquals(veths.hostAddress(n) + 1, in.sourceAddress());
                    assertEquals(0xffffffff, in.destinationAddress());
                }
            }
        }
    }
}
