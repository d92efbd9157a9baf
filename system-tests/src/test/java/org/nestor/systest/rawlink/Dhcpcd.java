package org.nestor.systest.rawlink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.nestor.systest.Commands;
import org.nestor.systest.NamespacePair;

/**
 * dhcpcd (dhcpcd-base) as a foreground daemon on one client interface: obtains a lease, renews ({@code -N}), stops
 * keeping its lease ({@code -x}) so a restart does INIT-REBOOT, releases ({@code -k}). Its lease file
 * ({@code /var/lib/dhcpcd/IFACE.lease}) is removed by {@link #close()}; the daemon is stopped by its PID.
 */
final class Dhcpcd implements AutoCloseable {
    /** Option 234 asked for and named; no ARP probing (it would add 5 s to every bind). */
    private static final String CONF = """
            noarp
            define 234 string my_message
            option domain_name_servers, domain_name, routers, my_message
            """;

    private final NamespacePair net;
    private final String iface;
    private final Path conf;
    private final Path out;
    private final ClientScript script;
    private Process daemon;

    Dhcpcd(NamespacePair net, String iface, Path dir) throws IOException {
        this.net = net;
        this.iface = iface;
        this.conf = Files.writeString(dir.resolve("dhcpcd-" + iface + ".conf"), CONF);
        this.out = dir.resolve("dhcpcd-" + iface + ".out");
        this.script = new ClientScript(dir, "dhcpcd-" + iface);
    }

    /** Starts the daemon; @return the variables of the first BOUND or REBOOT event */
    Map<String, String> start() throws IOException, InterruptedException {
        script.clear();
        // Output to a file: dhcpcd's helper processes would otherwise hold a pipe open.
        daemon = new ProcessBuilder("ip", "netns", "exec", net.clientNs, "dhcpcd", "-4", "-B", "-t", "20", "-f",
                conf.toString(), "-c", script.path(), iface).redirectErrorStream(true).redirectOutput(out.toFile())
                .start();
        return script.await(25, "BOUND", "REBOOT");
    }

    /** {@code dhcpcd -N}: @return the variables of the RENEW event */
    Map<String, String> renew() throws IOException, InterruptedException {
        script.clear();
        net.inClient("dhcpcd", "-4", "-N", iface);
        return script.await(10, "RENEW");
    }

    /** {@code dhcpcd -x}: stops without releasing; the lease file stays for an INIT-REBOOT. */
    void stop() throws IOException, InterruptedException {
        net.inClient("dhcpcd", "-4", "-x", iface);
        awaitExit();
    }

    /** {@code dhcpcd -k}: releases the lease and stops. */
    void release() throws IOException, InterruptedException {
        net.inClient("dhcpcd", "-4", "-k", iface);
        awaitExit();
    }

    String output() throws IOException {
        return Files.exists(out) ? Files.readString(out) : "";
    }

    private void awaitExit() throws InterruptedException {
        if (daemon != null && !daemon.waitFor(15, TimeUnit.SECONDS)) {
            throw new AssertionError("dhcpcd on " + iface + " still runs 15 s after being told to stop");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (daemon != null && daemon.isAlive()) {
            Commands.run(10, "kill", "-TERM", Long.toString(daemon.pid()));
            if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
                daemon.destroyForcibly();
                daemon.waitFor(5, TimeUnit.SECONDS);
            }
        }
        Files.deleteIfExists(Path.of("/var/lib/dhcpcd", iface + ".lease"));
    }
}
