package org.nestor.core.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Network namespaces joined to this host by veth pairs, made by a test and removed by it. Host side
 * {@code <prefix>h<n>} with 203.0.113.(16n+1)/28, namespace side {@code <prefix>c<n>} with .(16n+2). Needs root.
 */
final class VethPairs implements AutoCloseable {
    private final String prefix;
    private final List<Integer> made = new ArrayList<>();

    VethPairs(String prefix) {
        this.prefix = prefix;
    }

    /** @return whether this process may create namespaces (root with the ip tool) */
    static boolean available() {
        try {
            return "root".equals(System.getProperty("user.name")) && run("ip", "netns", "list") == 0;
        } catch (IOException e) {
            return false;
        }
    }

    String hostSide(int n) {
        return prefix + "h" + n;
    }

    String clientSide(int n) {
        return prefix + "c" + n;
    }

    String namespace(int n) {
        return prefix + "ns" + n;
    }

    int hostAddress(int n) {
        return 0xcb007100 | (16 * n + 1);
    }

    void add(int n) throws IOException {
        made.add(n);
        String ns = namespace(n);
        check("ip", "netns", "add", ns);
        check("ip", "link", "add", hostSide(n), "type", "veth", "peer", "name", clientSide(n));
        check("ip", "link", "set", clientSide(n), "netns", ns);
        check("ip", "addr", "add", Ipv4Text.format(hostAddress(n)) + "/28", "dev", hostSide(n));
        check("ip", "link", "set", hostSide(n), "up");
        check("ip", "netns", "exec", ns, "ip", "addr", "add", Ipv4Text.format(hostAddress(n) + 1) + "/28", "dev",
                clientSide(n));
        check("ip", "netns", "exec", ns, "ip", "link", "set", clientSide(n), "up");
    }

    /**
     * Runs a command inside namespace {@code n}, at most 10 s.
     *
     * @return its standard output
     */
    String exec(int n, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace(n)));
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + full);
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    @Override
    public void close() throws IOException {
        for (int n : made) {
            run("ip", "link", "del", hostSide(n));
            run("ip", "netns", "del", namespace(n));
        }
    }

    private static void check(String... command) throws IOException {
        if (run(command) != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    private static int run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            p.getInputStream().readAllBytes();
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
