package org.nestor.systest.rawlink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.nestor.systest.Commands;
import org.nestor.systest.NamespacePair;

/**
 * ISC dhclient on one client interface with its own configuration, lease, PID file and script: obtains a lease
 * ({@code -1}, then daemonised), renews by itself every 3 s (a client-side {@code dhcp-renewal-time}), stops
 * ({@code -x}), releases ({@code -r}). {@link #close()} stops a daemon still running by its PID file.
 */
final class Dhclient implements AutoCloseable {
    private static final String CONF = """
            option my-message code 234 = string;
            request subnet-mask, broadcast-address, routers, domain-name-servers, domain-name, my-message;
            timeout 20;
            retry 1;
            """;
    /** Makes the client renew 3 s after each bind, whatever T1 the server gave. */
    static final String RENEW_SOON = "supersede dhcp-renewal-time 3;\n";

    private final NamespacePair net;
    private final String iface;
    private final Path conf;
    private final Path leases;
    private final Path pidFile;
    private final ClientScript script;

    Dhclient(NamespacePair net, String iface, Path dir, String extraConf) throws IOException {
        this.net = net;
        this.iface = iface;
        this.conf = Files.writeString(dir.resolve("dhclient-" + iface + ".conf"), CONF + extraConf);
        this.leases = dir.resolve("dhclient-" + iface + ".leases");
        this.pidFile = dir.resolve("dhclient-" + iface + ".pid");
        this.script = new ClientScript(dir, "dhclient-" + iface);
    }

    ClientScript script() {
        return script;
    }

    /** Obtains a lease (or confirms its old one: INIT-REBOOT); @return the BOUND or REBOOT event's variables */
    Map<String, String> start() throws IOException, InterruptedException {
        script.clear();
        net.inClient(command("-1", iface));
        awaitPidFile();
        return script.await(5, "BOUND", "REBOOT");
    }

    /** Stops the daemon ({@code -x}) without releasing. */
    void stop() throws IOException, InterruptedException {
        net.inClient(command("-x"));
        Files.deleteIfExists(pidFile);
    }

    /** Releases the lease ({@code -r}), which also stops the daemon. */
    void release() throws IOException, InterruptedException {
        script.clear();
        net.inClient(command("-r", iface));
        Files.deleteIfExists(pidFile);
        script.await(5, "RELEASE");
    }

    private String[] command(String... more) {
        List<String> cmd = new ArrayList<>(List.of("dhclient", "-4", "-cf", conf.toString(), "-lf",
                leases.toString(), "-pf", pidFile.toString(), "-sf", script.path()));
        cmd.addAll(List.of(more));
        return cmd.toArray(String[]::new);
    }

    /** The daemon writes its PID file after the parent returned: wait for it, so a stop finds it. */
    private void awaitPidFile() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(pidFile) && Files.readString(pidFile).trim().matches("\\d+"))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(pidFile)) {
            Commands.run(10, "ip", "netns", "exec", net.clientNs, "dhclient", "-x", "-pf", pidFile.toString());
        }
    }
}
