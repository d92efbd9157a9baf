package org.nestor.hooks.statcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.lease.SubnetSummary4;
import org.nestor.hooks.api.stats.Statistics;

/**
 * stat-lease4-get against the configuration and leases kea-dhcp4 2.2 was recorded with (subnets 1, 2 and 5 with 191,
 * 10 and 10 pool addresses); expected rows and texts are Kea's answers (lease-cmds' kea-2.2-answers.txt).
 */
class LeaseStatsCommandTest {
    private final List<Lease4> leases = new ArrayList<>();
    private final Map<String, Long> stats = new TreeMap<>();
    private final LeaseStore4 store = (LeaseStore4) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {LeaseStore4.class}, (proxy, method, args) -> {
                if (!method.getName().equals("getBySubnet")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                return leases.stream().filter(l -> l.subnetId() == (long) args[0]).toList();
            });
    private final List<SubnetSummary4> configured = List.of(
            new SubnetSummary4(1, Ipv4.parse("192.0.2.0"), 24, 191, 4000),
            new SubnetSummary4(2, Ipv4.parse("198.51.100.0"), 24, 10, 4000),
            new SubnetSummary4(5, Ipv4.parse("203.0.113.0"), 24, 10, 4000));
    private final SubnetIndex4 subnets = new SubnetIndex4() {
        @Override
        public List<SubnetSummary4> subnets() {
            return configured;
        }

        @Override
        public Optional<SubnetSummary4> byId(long id) {
            return configured.stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public Optional<SubnetSummary4> forAddress(int address) {
            return configured.stream().filter(s -> s.contains(address)).findFirst();
        }
    };
    private final Statistics statistics = new Statistics() {
        @Override
        public OptionalLong value(String name) {
            return stats.containsKey(name) ? OptionalLong.of(stats.get(name)) : OptionalLong.empty();
        }

        @Override
        public void add(String name, long delta) {
            stats.merge(name, delta, Long::sum);
        }
    };
    private final LeaseStatsCommand command = new LeaseStatsCommand(store, subnets, statistics,
            Clock.fixed(Instant.parse("2026-11-22T09:16:38.442144Z"), ZoneOffset.UTC));

    private void lease(String address, long subnet, LeaseState state, long cltt) {
        leases.add(new Lease4(Ipv4.parse(address), new byte[] {1, 2}, null, 4000, cltt, subnet, false, false, "",
                state, null, 0));
    }

    /** Subnet 1: two default leases and a declined one; subnet 2: two default leases (as recorded). */
    private void recordedLeases() {
        lease("192.0.2.20", 1, LeaseState.DEFAULT, 1795338998);
        lease("192.0.2.21", 1, LeaseState.DECLINED, 1795338998);
        lease("192.0.2.30", 1, LeaseState.DEFAULT, 1795338998);
        lease("198.51.100.12", 2, LeaseState.DEFAULT, 1795338998);
        lease("198.51.100.13", 2, LeaseState.DEFAULT, 1795338998);
    }

    private static Map<String, Object> resultSet(List<List<Long>> rows) {
        return Map.of("result-set", Map.of("columns", LeaseStatsCommand.COLUMNS, "rows", rows,
                "timestamp", "2026-11-22 09:16:38.442144"));
    }

    private Map<String, Object> call(Map<String, Object> args) {
        return command.handle("stat-lease4-get", args);
    }

    @Test
    void allSubnetsCountLeasesByState() {
        recordedLeases();
        assertEquals(Map.of("result", 0L, "text", "stat-lease4-get[all subnets]: 3 rows found",
                "arguments", resultSet(List.of(List.of(1L, 191L, 0L, 2L, 1L), List.of(2L, 10L, 0L, 2L, 0L),
                        List.of(5L, 10L, 0L, 0L, 0L)))), call(null));
        assertEquals(call(null), call(Map.of()));
        assertEquals(call(null), call(Map.of("foo", 1L)), "unknown arguments are ignored");
    }

    @Test
    void oneSubnetOrARange() {
        recordedLeases();
        stats.put("subnet[1].cumulative-assigned-addresses", 7L);
        assertEquals(Map.of("result", 0L, "text", "stat-lease4-get[subnet-id=1]: 1 rows found",
                "arguments", resultSet(List.of(List.of(1L, 191L, 7L, 2L, 1L)))), call(Map.of("subnet-id", 1L)));
        assertEquals(Map.of("result", 0L, "text", "stat-lease4-get[subnets 2 through 5]: 2 rows found",
                "arguments", resultSet(List.of(List.of(2L, 10L, 0L, 2L, 0L), List.of(5L, 10L, 0L, 0L, 0L)))),
                call(Map.of("subnet-range", Map.of("first-subnet-id", 2L, "last-subnet-id", 5L))));
    }

    @Test
    void expiredLeasesCountReclaimedOnesDoNot() {
        lease("203.0.113.10", 5, LeaseState.DECLINED, 1795339010);
        lease("203.0.113.11", 5, LeaseState.DEFAULT, 999900);
        lease("203.0.113.12", 5, LeaseState.EXPIRED_RECLAIMED, 1795339010);
        assertEquals(List.of(List.of(5L, 10L, 0L, 1L, 1L)), rows(call(Map.of("subnet-id", 5L))));
    }

    @SuppressWarnings("unchecked")
    private static Object rows(Map<String, Object> answer) {
        return ((Map<String, Object>) ((Map<String, Object>) answer.get("arguments")).get("result-set")).get("rows");
    }

    @Test
    void unknownSubnetsAreEmptyResults() {
        assertEquals(Map.of("result", 3L, "text",
                "stat-lease4-get[subnet-id=44]: no matching data, subnet-id: 44 does not exist", "arguments", Map.of()),
                call(Map.of("subnet-id", 44L)));
        assertEquals(Map.of("result", 3L, "text", "stat-lease4-get[subnets 6 through 9]: no matching data, "
                + "selected ID range: 6 through 9 includes no known subnets", "arguments", Map.of()),
                call(Map.of("subnet-range", Map.of("first-subnet-id", 6L, "last-subnet-id", 9L))));
    }

    @Test
    void malformedSelectionsGetKeasTexts() {
        Map<Map<String, Object>, String> cases = Map.of(
                Map.of("subnet-id", 0L), "'subnet-id' parameter must be > 0",
                Map.of("subnet-id", -1L), "'subnet-id' parameter must be > 0",
                Map.of("subnet-id", "x"), "'subnet-id' parameter is not integer",
                Map.of("subnet-range", List.of(1L, 2L)), "subnet-range parameter is not a map",
                Map.of("subnet-range", Map.of()), "'first-subnet-id' parameter missing or not an integer",
                Map.of("subnet-range", Map.of("first-subnet-id", 1L)), "'last-subnet-id' parameter missing or not an integer",
                Map.of("subnet-range", Map.of("first-subnet-id", "a", "last-subnet-id", 2L)),
                "'first-subnet-id' parameter missing or not an integer",
                Map.of("subnet-range", Map.of("first-subnet-id", 0L, "last-subnet-id", 2L)),
                "'first-subnet-id' parameter must be > 0",
                Map.of("subnet-range", Map.of("first-subnet-id", 5L, "last-subnet-id", 1L)),
                "'last-subnet-id' must be greater than 'first-subnet-id'",
                Map.of("subnet-range", Map.of("first-subnet-id", 2L, "last-subnet-id", 2L)),
                "LeaseStatsQuery: last_subnet_id_must be > first_subnet_id_");
        cases.forEach((args, text) -> assertEquals(Map.of("result", 1L, "text", text), call(args), args.toString()));
        assertEquals(Map.of("result", 1L, "text", "cannot specify both subnet-id and subnet-range"),
                call(Map.of("subnet-id", 1L, "subnet-range", Map.of("first-subnet-id", 1L, "last-subnet-id", 2L))));
    }
}
