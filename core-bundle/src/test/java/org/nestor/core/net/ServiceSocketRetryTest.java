package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code service-sockets-max-retries} and {@code -retry-wait-time} on a busy port of {@code lo}. */
class ServiceSocketRetryTest {
    private static final DatagramHandler IGNORE = (in, send) -> { };

    private static TransportSettings busyLoopback(int port, boolean requireAll, long retries) {
        return new TransportSettings(List.of("lo"), "udp", port, requireAll, 1, 16)
                .withServiceSockets("same-as-inbound", 50, retries);
    }

    @Test
    void socketThatFailsIsRetriedAndOpensOnceThePortIsFree() throws Exception {
        DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(0));
        int port = squatter.getLocalPort();
        try (Dhcp4Transport transport = Dhcp4Transport.open(busyLoopback(port, true, 1000), IGNORE, () -> { })) {
            SocketState retrying = transport.socketState();
            assertEquals(SocketState.RETRYING, retrying.status());
            assertEquals(1, retrying.errors().size());
            assertTrue(retrying.errors().get(0).startsWith("Failed to open socket on interface lo, reason: "),
                    retrying.errors().toString());
            assertEquals(List.of(), transport.interfaces());

            squatter.close();
            awaitStatus(transport, SocketState.READY);
            assertEquals(List.of("lo"), transport.interfaces());
            assertEquals(port, transport.port());
            assertEquals(java.util.Map.of("status", "ready"), transport.socketState().toMap());
        } finally {
            squatter.close();
        }
    }

    @Test
    void exhaustedRetriesReportFailedAndTellTheListenerOnce() throws Exception {
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(0));
             Dhcp4Transport transport = Dhcp4Transport.open(busyLoopback(squatter.getLocalPort(), true, 2), IGNORE,
                     () -> { })) {
            CountDownLatch failed = new CountDownLatch(1);
            AtomicInteger calls = new AtomicInteger();
            transport.onSocketsFailed(() -> {
                calls.incrementAndGet();
                failed.countDown();
            });
            assertTrue(failed.await(10, TimeUnit.SECONDS));
            assertEquals(SocketState.FAILED, transport.socketState().status());
            assertEquals(1, transport.socketState().errors().size());

            AtomicInteger late = new AtomicInteger();
            transport.onSocketsFailed(late::incrementAndGet);
            assertEquals(1, late.get(), "a listener registered after the last attempt is told at once");
            assertEquals(1, calls.get());
        }
    }

    @Test
    void withoutRetriesAFailedSocketIsReportedFailedRightAway() throws Exception {
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(0));
             Dhcp4Transport transport = Dhcp4Transport.open(busyLoopback(squatter.getLocalPort(), false, 0), IGNORE,
                     () -> { })) {
            assertEquals(SocketState.FAILED, transport.socketState().status());
        }
    }

    @Test
    void fixedDetectionIsWhatTheTransportSeesAndReports() {
        List<HostInterface> snapshot = new SystemHostInterfaces().list().stream()
                .filter(i -> i.name().equals("lo")).toList();
        try (Dhcp4Transport transport = Dhcp4Transport.open(busyLoopback(0, true, 0), IGNORE, () -> { },
                HostInterfaces.fixed(snapshot))) {
            assertEquals(snapshot, transport.detectedInterfaces());
            assertEquals(List.of("lo"), transport.interfaces());
        }
    }

    private static void awaitStatus(Dhcp4Transport transport, String status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!status.equals(transport.socketState().status()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(status, transport.socketState().status(), transport.socketState().toString());
    }
}
