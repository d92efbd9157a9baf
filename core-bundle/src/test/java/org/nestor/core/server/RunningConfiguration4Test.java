package org.nestor.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.config.Subnet4;
import org.nestor.core.json.JsonWriter;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/** The configuration service over a server with the real parser, memfile and engine on loopback. */
@SuppressWarnings("unchecked")
class RunningConfiguration4Test {
    @TempDir
    Path dir;

    private Dhcp4Server server;
    private RunningConfiguration4 configuration;

    @BeforeEach
    void start() throws Exception {
        Path file = FakeParts.writeConfig(dir, "kea-dhcp4.conf",
                TestConfigs.onLoopback("tag", dir.resolve("leases.csv").toString()));
        server = new Dhcp4Server(new ServerSettings(file, new ServerPorts(0, 68), dir, dir),
                CoreServerParts.create(dir));
        server.start();
        configuration = new RunningConfiguration4(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static Map<String, Object> subnet(long id, String prefix, String pool) {
        Map<String, Object> subnet = new LinkedHashMap<>();
        subnet.put("id", id);
        subnet.put("subnet", prefix);
        if (pool != null) {
            subnet.put("pools", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("pool", pool)))));
        }
        return subnet;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> subnets(Map<String, Object> dhcp4) {
        return (List<Object>) dhcp4.get("subnet4");
    }

    @Test
    void updateAppliesTheEditAndConfigGetShowsIt() throws Exception {
        var leasesBefore = server.leases();

        Map<String, Object> after = configuration.update(d -> subnets(d).add(subnet(7, "192.0.2.0/24",
                "192.0.2.10 - 192.0.2.20")));

        assertEquals(2, subnets(after).size());
        assertEquals(List.of(1L, 7L), server.config().subnets().stream().map(Subnet4::id).toList());
        assertTrue(JsonWriter.compact(server.config().source()).contains("192.0.2.0/24"));
        assertSame(leasesBefore, server.leases(), "the lease store stays open across the update");
    }

    @Test
    void subnetsWithoutAnIdShowTheIdTheServerGaveThem() throws Exception {
        configuration.update(d -> {
            ((Map<String, Object>) subnets(d).get(0)).remove("id");
            subnets(d).add(subnet(5, "192.0.2.0/24", null));
        });

        Map<?, ?> first = (Map<?, ?>) subnets(configuration.current()).get(0);
        assertFalse(JsonWriter.compact(server.config().source()).contains("\"id\":1"));
        assertEquals(1L, first.get("id"));
    }

    @Test
    void currentIsADeepCopyTheCallerMayChange() {
        subnets(configuration.current()).clear();

        assertEquals(1, subnets(configuration.current()).size());
    }

    @Test
    void anEditTheParserRefusesKeepsTheConfigurationAndSaysWhyWithoutAPosition() {
        String before = JsonWriter.compact(server.config().source());

        ConfigurationRejectedException e = assertThrows(ConfigurationRejectedException.class, () ->
                configuration.update(d -> subnets(d).add(subnet(8, "192.0.2.0/24", "198.51.100.1 - 198.51.100.9"))));

        assertEquals(Answers.ERROR, e.result());
        assertTrue(e.getMessage().contains("198.51.100.1"), e.getMessage());
        assertFalse(e.getMessage().matches(".*:\\d+:\\d+\\)$"), e.getMessage());
        assertEquals(before, JsonWriter.compact(server.config().source()));
    }

    @Test
    void anEditThatRefusesItselfChangesNothing() {
        String before = JsonWriter.compact(server.config().source());

        ConfigurationRejectedException e = assertThrows(ConfigurationRejectedException.class, () ->
                configuration.update(d -> {
                    subnets(d).clear();
                    throw new ConfigurationRejectedException(Answers.CONFLICT, "no");
                }));

        assertEquals(Answers.CONFLICT, e.result());
        assertEquals(before, JsonWriter.compact(server.config().source()));
    }

    @Test
    void concurrentEditsAllLand() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                Callable<Object> add = () -> {
                    go.await();
                    return configuration.update(d -> subnets(d).add(subnet(100 + n, "198.51.100." + (n * 16) + "/28",
                            null)));
                };
                done.add(pool.submit(add));
            }
            go.countDown();
            for (Future<Object> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1 + writers, server.config().subnets().size());
    }

    @Test
    void anUpdateOfAStoppedServerIsRefused() {
        server.stop();

        assertThrows(ConfigurationRejectedException.class, () -> configuration.update(d -> { }));
    }
}
