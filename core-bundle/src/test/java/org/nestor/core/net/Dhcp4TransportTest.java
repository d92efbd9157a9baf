package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class Dhcp4TransportTest {
    private static final int LOOPBACK = 0x7f000001;

    private final BlockingQueue<InboundDatagram> received = new ArrayBlockingQueue<>(16);

    /** Records the query and answers its sender with the payload reversed, from a thread of its own. */
    private final DatagramHandler reverser = (in, send) -> {
        received.add(in);
        new Thread(() -> send.accept(new OutboundDatagram(reversed(in.data()), in.sourceAddress(), in.sourcePort(),
                in.interfaceName()))).start();
    };

    private static TransportSettings onLoopback(int port, boolean requireAll) {
        return new TransportSettings(List.of("lo"), "udp", port, requireAll, 1, 16);
    }

    @Test
    void queryOnLoopbackReachesHandlerWithItsInterfaceAndTheReplyComesBack() throws Exception {
        assertRoundTrip(SocketFlavour.choose());
    }

    @Test
    void sharedNioSocketAttributesQueriesToTheOnlyConfiguredInterface() throws Exception {
        assertRoundTrip(SocketFlavour.nio());
    }

    private void assertRoundTrip(SocketFlavour flavour) throws Exception {
        try (Dhcp4Transport transport = Dhcp4Transport.open(onLoopback(0, true), reverser, () -> { },
                new SystemHostInterfaces(), flavour);
             LoopbackClient client = LoopbackClient.onLoopback()) {
            assertEquals(List.of("lo"), transport.interfaces());
            client.sendTo(transport.port(), new byte[] {1, 2, 3});

            InboundDatagram in = received.poll(5, TimeUnit.SECONDS);
            assertEquals("lo", in.interfaceName());
            assertEquals(LOOPBACK, in.interfaceAddress());
            assertEquals(LOOPBACK, in.sourceAddress());
            assertEquals(client.port(), in.sourcePort());
            assertArrayEquals(new byte[] {1, 2, 3}, in.data());
            assertArrayEquals(new byte[] {3, 2, 1}, client.receive());
        }
    }

    @Test
    void epollSocketReportsTheDatagramsDestinationAddress() throws Exception {
        SocketFlavour flavour = SocketFlavour.choose();
        org.junit.jupiter.api.Assumptions.assumeTrue(flavour.bindsToDevice(), "epoll not available");
        try (Dhcp4Transport transport = Dhcp4Transport.open(onLoopback(0, true), reverser, () -> { },
                new SystemHostInterfaces(), flavour);
             LoopbackClient client = LoopbackClient.onLoopback()) {
            client.sendTo(transport.port(), new byte[] {9});
            assertEquals(LOOPBACK, received.poll(5, TimeUnit.SECONDS).destinationAddress());
        }
    }

    @Test
    void broadcastReplyLeavesThroughTheNamedInterface() throws Exception {
        SocketFlavour flavour = SocketFlavour.choose();
        org.junit.jupiter.api.Assumptions.assumeTrue(flavour.bindsToDevice(), "epoll not available");
        try (Dhcp4Transport transport = Dhcp4Transport.open(onLoopback(0, true), reverser, () -> { },
                new SystemHostInterfaces(), flavour);
             LoopbackClient client = new LoopbackClient(new InetSocketAddress(0))) {
            transport.send(new OutboundDatagram(new byte[] {7, 7}, 0xffffffff, client.port(), "lo"));
            assertArrayEquals(new byte[] {7, 7}, client.receive());
        }
    }

    @Test
    void socketsOnDifferentInterfacesShareOnePort() {
        SocketFlavour flavour = SocketFlavour.choose();
        org.junit.jupiter.api.Assumptions.assumeTrue(flavour.bindsToDevice(), "epoll not available");
        String other = new SystemHostInterfaces().list().stream()
                .filter(i -> i.up() && !i.loopback() && !i.addresses().isEmpty())
                .map(HostInterface::name).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "no second interface with IPv4");
        try (Dhcp4Transport lo = Dhcp4Transport.open(onLoopback(0, true), reverser, () -> { });
             Dhcp4Transport second = Dhcp4Transport.open(new TransportSettings(List.of(other), "udp", lo.port(),
                     true, 1, 16), reverser, () -> { })) {
            assertEquals(List.of(other), second.interfaces());
        }
    }

    @Test
    void unknownInterfaceIsAConfigurationErrorInKeasWords() {
        TransportSettings settings = new TransportSettings(List.of("nosuch0"), "udp", 0, false, 1, 16);
        TransportException e = assertThrows(TransportException.class,
                () -> Dhcp4Transport.open(settings, reverser, () -> { }));
        assertEquals("Failed to select interface: interface 'nosuch0' doesn't exist in the system", e.getMessage());
    }

    @Test
    void busyPortIsSkippedUnlessEverySocketIsRequired() throws IOException {
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(0))) {
            int port = squatter.getLocalPort();
            try (Dhcp4Transport transport = Dhcp4Transport.open(onLoopback(port, false), reverser, () -> { })) {
                assertTrue(transport.interfaces().isEmpty());
            }
            TransportException e = assertThrows(TransportException.class,
                    () -> Dhcp4Transport.open(onLoopback(port, true), reverser, () -> { }));
            assertTrue(e.getMessage().startsWith("Failed to open socket on interface"), e.getMessage());
        }
    }

    @Test
    void replacedHandlerReceivesLaterQueries() throws Exception {
        BlockingQueue<InboundDatagram> second = new ArrayBlockingQueue<>(4);
        try (Dhcp4Transport transport = Dhcp4Transport.open(onLoopback(0, true), reverser, () -> { });
             LoopbackClient client = LoopbackClient.onLoopback()) {
            transport.replaceHandler((in, send) -> second.add(in));
            client.sendTo(transport.port(), new byte[] {5});
            assertArrayEquals(new byte[] {5}, second.poll(5, TimeUnit.SECONDS).data());
            assertTrue(received.isEmpty());
        }
    }

    private static byte[] reversed(byte[] data) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[data.length - 1 - i];
        }
        return out;
    }
}
