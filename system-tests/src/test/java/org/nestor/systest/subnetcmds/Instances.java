package org.nestor.systest.subnetcmds;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for this package's instances: loopback only, UDP ports above 20000. */
final class Instances {
    private Instances() {
    }

    /** @return a port P above 20000 with P and P + 1 free on loopback (server and client port) */
    static int freePortPair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            if (free(port) && free(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no free UDP port pair above 20000");
    }

    private static boolean free(int port) {
        try (DatagramSocket s = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (SocketException e) {
            return false;
        }
    }
}
