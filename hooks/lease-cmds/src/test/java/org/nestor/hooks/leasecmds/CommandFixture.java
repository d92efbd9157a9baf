package org.nestor.hooks.leasecmds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.lease.SubnetSummary4;
import org.nestor.hooks.api.stats.Statistics;

/**
 * The configuration Kea 2.2 was recorded with (src/test/resources/kea-2.2-answers.txt): subnets 1 (192.0.2.0/24,
 * pool .10-.200), 2 (198.51.100.0/24, .10-.19) and 5 (203.0.113.0/24, .10-.19), valid-lifetime 4000; the clock at
 * the recording's cltt. Commands go in and answers come out as JSON text, compared as JSON values.
 */
class CommandFixture {
    static final long NOW = 1795338998L;

    final FakeLeaseStore4 store = new FakeLeaseStore4();
    final Map<String, Long> stats = new TreeMap<>();
    final SubnetIndex4 subnets = new SubnetIndex4() {
        private final List<SubnetSummary4> all = List.of(
                new SubnetSummary4(1, Ipv4.parse("192.0.2.0"), 24, 191, 4000),
                new SubnetSummary4(2, Ipv4.parse("198.51.100.0"), 24, 10, 4000),
                new SubnetSummary4(5, Ipv4.parse("203.0.113.0"), 24, 10, 4000));

        @Override
        public List<SubnetSummary4> subnets() {
            return all;
        }

        @Override
        public Optional<SubnetSummary4> byId(long subnetId) {
            return all.stream().filter(s -> s.id() == subnetId).findFirst();
        }

        @Override
        public Optional<SubnetSummary4> forAddress(int address) {
            return all.stream().filter(s -> s.contains(address)).findFirst();
        }
    };
    final Statistics statistics = new Statistics() {
        @Override
        public OptionalLong value(String name) {
            Long v = stats.get(name);
            return v == null ? OptionalLong.empty() : OptionalLong.of(v);
        }

        @Override
        public void add(String name, long delta) {
            stats.merge(name, delta, Long::sum);
        }
    };
    final LeaseCommandHandler handler = new LeaseCommandHandler(
            Lease4Commands.table(new LeaseServices(store, subnets, statistics, () -> NOW)));

    /** @return the answer to {@code command} with {@code arguments} as JSON text (null: no arguments) */
    @SuppressWarnings("unchecked")
    Map<String, Object> call(String command, String arguments) {
        return handler.handle(command, arguments == null ? null : (Map<String, Object>) JsonText.parse(arguments));
    }

    /** Asserts that the answer equals Kea's, given as the JSON text Kea sent. */
    void expectKea(String keaAnswer, String command, String arguments) {
        assertEquals(JsonText.parse(keaAnswer), call(command, arguments), command + " " + arguments);
    }

    long stat(String name) {
        return stats.getOrDefault(name, 0L);
    }

    static Lease4 lease(String address, String hw, long subnet, LeaseState state) {
        return new Lease4(Ipv4.parse(address), HexText.hwAddress(hw), null, 4000, NOW, subnet, false, false, "",
                state, null, 0);
    }
}
