package org.nestor.core.hookviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Dhcp4ConfigParser;
import org.nestor.core.stats.HookStatistics;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.lease.InMemoryLeaseStore4;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.LeaseStoreException;
import org.nestor.hooks.api.lease.SubnetSummary4;

/** The services the server publishes to hook bundles follow the running server. */
class HookViewsTest {
    private static Dhcp4Config config(String subnets) throws Exception {
        return new Dhcp4ConfigParser().parse("{\"Dhcp4\": {\"subnet4\": [" + subnets + "]}}", "test");
    }

    private static Lease4 lease(String address) {
        return new Lease4(Ipv4.parse(address), new byte[] {1, 2, 3, 4, 5, 6}, null, 3600, 1_700_000_000L, 1,
                false, false, "", LeaseState.DEFAULT, null, 0);
    }

    @Test
    void leaseStoreFollowsTheStoreInUseAndFailsClearlyWhenStopped() {
        InMemoryLeaseStore4 first = new InMemoryLeaseStore4();
        InMemoryLeaseStore4 second = new InMemoryLeaseStore4();
        AtomicReference<LeaseStore4> current = new AtomicReference<>(first);
        RunningLeaseStore4 running = new RunningLeaseStore4(current::get);
        running.add(lease("192.0.2.1"));
        current.set(second);
        assertTrue(running.get(Ipv4.parse("192.0.2.1")).isEmpty());
        assertEquals(1, first.size());
        current.set(null);
        LeaseStoreException e = assertThrows(LeaseStoreException.class, running::size);
        assertTrue(e.getMessage().contains("not running"), e.getMessage());
    }

    @Test
    void subnetIndexAnswersFromTheConfigurationInForce() throws Exception {
        AtomicReference<Dhcp4Config> current = new AtomicReference<>(config(
                "{\"id\": 5, \"subnet\": \"203.0.113.0/24\", \"pools\": [{\"pool\": \"203.0.113.10-203.0.113.19\"}]},"
                + "{\"id\": 1, \"subnet\": \"192.0.2.0/24\", \"pools\": [{\"pool\": \"192.0.2.10-192.0.2.200\"},"
                + " {\"pool\": \"192.0.2.210-192.0.2.211\"}]}"));
        ConfiguredSubnetIndex4 index = new ConfiguredSubnetIndex4(current::get);
        assertEquals(List.of(1L, 5L), index.subnets().stream().map(SubnetSummary4::id).toList());
        assertEquals(new SubnetSummary4(1, Ipv4.parse("192.0.2.0"), 24, 193, 7200), index.byId(1).orElseThrow());
        assertEquals("192.0.2.0/24", index.byId(1).orElseThrow().text());
        assertEquals(5, index.forAddress(Ipv4.parse("203.0.113.77")).orElseThrow().id());
        assertTrue(index.forAddress(Ipv4.parse("198.51.100.1")).isEmpty());
        assertEquals(List.of(5L), index.inIdRange(2, 9).stream().map(SubnetSummary4::id).toList());

        current.set(config("{\"id\": 7, \"subnet\": \"198.51.100.0/24\"}"));
        assertTrue(index.byId(1).isEmpty());
        assertEquals(7, index.forAddress(Ipv4.parse("198.51.100.1")).orElseThrow().id());
        current.set(null);
        assertTrue(index.subnets().isEmpty());
    }

    @Test
    void statisticsViewReadsAndMovesTheServersCounters() {
        StatsManager manager = new StatsManager();
        HookStatistics stats = new HookStatistics(manager);
        assertTrue(stats.value("subnet[1].assigned-addresses").isEmpty());
        stats.add("subnet[1].assigned-addresses", 2);
        stats.add("subnet[1].assigned-addresses", -1);
        assertEquals(1, manager.value("subnet[1].assigned-addresses"));
        assertEquals(1, stats.value("subnet[1].assigned-addresses").getAsLong());
    }
}
