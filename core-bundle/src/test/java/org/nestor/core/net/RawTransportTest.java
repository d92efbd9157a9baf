package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.NetworkInterface;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Packet sockets on loopback, where frames sent are delivered back to this host: the kernel's own checks of the IPv4
 * and UDP checksums are the test of the frames built here. Needs CAP_NET_RAW (the tests run as root).
 */
class RawTransportTest {
    private static final int LOOPBACK = 0x7f000001;

    /** Broadcasts a query, prints the reply's payload in hex and the IP destination it carried. */
    private static final String CLIENT = String.join("\n",
            "import socket, struct, sys",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)",
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, sys.argv[1].encode())",
            "s.setsockopt(socket.IPPROTO_IP, 8, 1)",  // IP_PKTINFO
            "s.bind(('0.0.0.0', int(sys.argv[3])))",
            "s.settimeout(5)",
            "s.sendto(b'query', ('255.255.255.255', int(sys.argv[2])))",
            "data, anc, flags, src = s.recvmsg(100, 100)",
            "dst = socket.inet_ntoa(anc[0][2][8:12])",
            "print(data.hex() + ' to ' + dst)");

    private final BlockingQueue<InboundDatagram> received = new ArrayBlockingQueue<>(16);

    private static TransportSettings rawOnLoopback() {
        return new TransportSettings(List.of("lo"), "raw", 0, true, 1, 16);
    }

    @Test
    void queryArrivesThroughThePacketSocketWithInterfaceIndexAndSourceMac() throws Exception {
        DatagramHandler recorder = (in, send) -> received.add(in);
        try (Dhcp4Transport transport = Dhcp4Transport.open(rawOnLoopback(), recorder, () -> { });
             LoopbackClient client = LoopbackClient.onLoopback()) {
            assertEquals("raw", transport.socketFlavour());
            client.sendTo(transport.port(), new byte[] {1, 2, 3});

            InboundDatagram in = received.poll(5, TimeUnit.SECONDS);
            assertNotNull(in);
            assertEquals(NetworkInterface.getByName("lo").getIndex(), in.interfaceIndex());
            assertArrayEquals(new byte[6], in.sourceMac());
            assertEquals(LOOPBACK, in.sourceAddress());
            assertEquals(client.port(), in.sourcePort());
            assertArrayEquals(new byte[] {1, 2, 3}, in.data());
            assertEquals(null, received.poll(300, TimeUnit.MILLISECONDS), "the UDP socket's copy is dropped");
        }
    }

    /** Loopback drops injected frames on some kernels, so this one goes over a veth pair to a client namespace. */
    @Test
    void linkLayerUnicastReplyReachesTheClientAtItsMacAndAddress() throws Exception {
        assumeTrue(VethPairs.available(), "needs root and ip netns");
        DatagramHandler replier = (in, send) -> send.accept(new OutboundDatagram(new byte[] {9, 8, 7}, 0xffffffff,
                in.sourcePort(), in.interfaceName(), new LinkUnicast(in.sourceAddress(), in.sourceMac())));
        try (VethPairs veths = new VethPairs("rw" + (ProcessHandle.current().pid() % 10000))) {
            veths.add(1);
            TransportSettings settings = new TransportSettings(List.of(veths.hostSide(1)), "raw", 10067, true, 1, 16);
            try (Dhcp4Transport transport = Dhcp4Transport.open(settings, replier, () -> { })) {
                String got = veths.exec(1, "python3", "-c", CLIENT, veths.clientSide(1), "10067", "10068");
                assertEquals("090807 to " + Ipv4Text.format(veths.hostAddress(1) + 1), got);
            }
        }
    }

    @Test
    void replyToAnAddressGoesThroughTheUdpSocket() throws Exception {
        DatagramHandler replier = (in, send) -> send.accept(new OutboundDatagram(new byte[] {4, 4}, in.sourceAddress(),
                in.sourcePort(), in.interfaceName()));
        try (Dhcp4Transport transport = Dhcp4Transport.open(rawOnLoopback(), replier, () -> { });
             LoopbackClient client = LoopbackClient.onLoopback()) {
            client.sendTo(transport.port(), new byte[] {1});
            assertArrayEquals(new byte[] {4, 4}, client.receive());
            assertEquals(Map.of("status", "ready"), transport.socketState().toMap());
        }
    }
}
