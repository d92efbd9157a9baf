package org.nestor.systest;

import java.net.DatagramSocket;
import java.net.SocketException;
import java.util.concurrent.ThreadLocalRandom;

/** Free UDP ports for a test's server: above 20000, so that tests running at the same time do not collide. */
public final class UdpPorts {
    private UdpPorts() {
    }

    /**
     * @return a port P above 20000 with P and P + 1 free on every address (server port and client port), both bound
     *         at once while checked
     */
    public static int freePair() throws SocketException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            try (DatagramSocket a = new DatagramSocket(port); DatagramSocket b = new DatagramSocket(port + 1)) {
                return port;
            } catch (SocketException taken) {
                // try another pair
            }
        }
        throw new SocketException("no free UDP port pair above 20000");
    }
}
