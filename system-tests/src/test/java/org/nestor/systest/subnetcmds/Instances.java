package org.nestor.systest.subnetcmds;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.nestor.systest.TestConfigs;

/** Configurations and ports for this package's instances: loopback only, UDP ports above 20000. */
final class Instances {
    private Instances() {
    }

    /** Writes the shared test configuration (192.0.2.0/24 relayed from 127.0.0.1) with a control socket. */
    static Path config(Path dir, Path socket, Path leases) throws IOException {
        Path file = TestConfigs.write(dir, "lo", leases);
        String text = Files.readString(file).replace("\"interfaces-config\"",
                "\"control-socket\": { \"socket-type\": \"unix\", \"socket-name\": \"" + socket + "\" },\n"
                        + "    \"interfaces-config\"");
        return Files.writeString(file, text);
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
