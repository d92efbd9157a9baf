package org.nestor.core.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prints how long {@link RunningConfiguration4#update} takes to add one subnet to a running server (real parser,
 * memfile and engine on loopback) that already has N subnets, median of 20 updates after 5 warm-ups. Not a test; run
 * by hand: {@code java -cp <test-classes>:<classes>:<dependencies> org.nestor.core.server.SubnetUpdateBenchmark
 * [N=2000]}.
 */
public final class SubnetUpdateBenchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    private SubnetUpdateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("nestor-subnet-bench");
        Dhcp4Server server = null;
        try {
            Path file = FakeParts.writeConfig(dir, "kea-dhcp4.conf", config(count, dir.resolve("leases.csv")));
            server = new Dhcp4Server(new ServerSettings(file, new ServerPorts(0, 68), dir, dir),
                    CoreServerParts.create(dir));
            server.start();
            RunningConfiguration4 configuration = new RunningConfiguration4(server);
            long[] nanos = new long[RUNS];
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long id = 100_000 + i;
                long start = System.nanoTime();
                configuration.update(d -> subnets(d).add(Map.of("id", id, "subnet", "203.0.113." + (id % 64) * 4
                        + "/30")));
                long took = System.nanoTime() - start;
                configuration.update(d -> subnets(d).removeIf(s -> ((Map<?, ?>) s).get("id").equals(id)));
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = took;
                }
            }
            java.util.Arrays.sort(nanos);
            System.out.printf("subnet4 add to %d subnets: median %.1f ms, max %.1f ms%n", count,
                    nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6);
        } finally {
            if (server != null) {
                server.stop();
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> subnets(Map<String, Object> dhcp4) {
        return (List<Object>) dhcp4.get("subnet4");
    }

    /** @return a loopback configuration with {@code count} /24 subnets (10.x.y.0/24), each with a pool and an option */
    private static String config(int count, Path leases) {
        List<String> subnets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String net = "10." + (i / 256) + "." + (i % 256);
            subnets.add("{ \"id\": " + (i + 1) + ", \"subnet\": \"" + net + ".0/24\", \"pools\": [ { \"pool\": \""
                    + net + ".10 - " + net + ".200\" } ], \"option-data\": [ { \"name\": \"routers\", \"data\": \""
                    + net + ".1\" } ] }");
        }
        return "{ \"Dhcp4\": { \"interfaces-config\": { \"interfaces\": [ \"lo\" ], \"dhcp-socket-type\": \"udp\" },"
                + " \"lease-database\": { \"type\": \"memfile\", \"name\": \"" + leases + "\", \"lfc-interval\": 0 },"
                + " \"subnet4\": [ " + String.join(",\n", subnets) + " ] } }";
    }
}
