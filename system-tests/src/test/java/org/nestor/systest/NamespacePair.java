package org.nestor.systest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Two network namespaces joined by a veth pair: a server side with 192.0.2.1/24 and a client side with no
 * address. Created by the test and removed by {@link #close()}, which first stops, by PID, any process still
 * running in them (a daemonised DHCP client a test failed to stop).
 */
public final class NamespacePair implements AutoCloseable {
    public final String serverNs;
    public final String clientNs;
    public final String serverIf;
    public final String clientIf;

    private NamespacePair(String tag) {
        serverNs = "nst-s-" + tag;
        clientNs = "nst-c-" + tag;
        serverIf = "vs" + tag;
        clientIf = "vc" + tag;
    }

    /** Creates the pair; the client interface gets {@code clientMac}. */
    public static NamespacePair create(String clientMac) throws IOException, InterruptedException {
        NamespacePair p = new NamespacePair(Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff)));
        try {
            Commands.ok(10, "ip", "netns", "add", p.serverNs);
            Commands.ok(10, "ip", "netns", "add", p.clientNs);
            Commands.ok(10, "ip", "link", "add", p.serverIf, "netns", p.serverNs, "type", "veth", "peer", "name",
                    p.clientIf, "netns", p.clientNs);
            p.inServer("ip", "addr", "add", "192.0.2.1/24", "dev", p.serverIf);
            p.inServer("ip", "link", "set", p.serverIf, "up");
            p.inServer("ip", "link", "set", "lo", "up");
            p.inClient("ip", "link", "set", p.clientIf, "address", clientMac);
            p.inClient("ip", "link", "set", p.clientIf, "up");
            p.inClient("ip", "link", "set", "lo", "up");
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            p.close();
            throw e;
        }
        return p;
    }

    public String inServer(String... command) throws IOException, InterruptedException {
        return Commands.ok(30, prefixed(serverNs, command));
    }

    public String inClient(String... command) throws IOException, InterruptedException {
        return Commands.ok(60, prefixed(clientNs, command));
    }

    /**
     * Adds a macvlan link on the client side with its own MAC, so that several clients share the link at once.
     *
     * @return the new interface's name
     */
    public String addClientLink(int n, String mac) throws IOException, InterruptedException {
        // Each link answers ARP only for its own address, so replies to one client reach that client's link.
        inClient("sysctl", "-q", "-w", "net.ipv4.conf.all.arp_ignore=1");
        String name = clientIf.replaceFirst("^vc", "m" + n);
        inClient("ip", "link", "add", "link", clientIf, "name", name, "address", mac, "type", "macvlan", "mode",
                "bridge");
        inClient("ip", "link", "set", name, "up");
        return name;
    }

    public Commands.Result runInClient(int seconds, String... command) throws IOException, InterruptedException {
        return Commands.run(seconds, prefixed(clientNs, command));
    }

    private static String[] prefixed(String ns, String... command) {
        String[] full = new String[command.length + 4];
        full[0] = "ip";
        full[1] = "netns";
        full[2] = "exec";
        full[3] = ns;
        System.arraycopy(command, 0, full, 4, command.length);
        return full;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        deleteNamespaces(clientNs, serverNs);
    }

    /** Stops what still runs in each namespace by its PID (TERM, then KILL), then deletes the namespace. */
    public static void deleteNamespaces(String... namespaces) throws IOException, InterruptedException {
        for (String ns : namespaces) {
            List<String> pids = pidsIn(ns);
            for (String pid : pids) {
                Commands.run(5, "kill", "-TERM", pid);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!pidsIn(ns).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            for (String pid : pidsIn(ns)) {
                Commands.run(5, "kill", "-KILL", pid);
            }
            Commands.run(10, "ip", "netns", "del", ns);
        }
    }

    private static List<String> pidsIn(String ns) throws IOException, InterruptedException {
        Commands.Result r = Commands.run(10, "ip", "netns", "pids", ns);
        return r.exitCode() != 0 ? List.of() : r.output().lines().map(String::trim).filter(l -> l.matches("\\d+"))
                .toList();
    }
}
