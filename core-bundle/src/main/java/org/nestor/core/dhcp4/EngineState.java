package org.nestor.core.dhcp4;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nestor.core.alloc.LeaseAllocator;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.host.ConfiguredHostStore;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.core.stats.StatsManager;

/**
 * Everything the engine derives from one configuration, built once and swapped whole on reconfiguration so a
 * packet always sees one consistent configuration.
 */
record EngineState(Dhcp4Config config, LeaseStore4 store, SubnetSelector selector, HostResolver hostResolver,
                   LeaseAllocator allocator, ClientClassifier classifier, Map<String, ClientClassDef> classDefs,
                   OptionAssembler options, ServerIdentity serverIdentity, Map<Long, Subnet4> subnetsById) {

    static EngineState build(Dhcp4Config config, LeaseStore4 store, StatsManager stats, Clock clock,
                             ClientClassifier.Factory classifiers) {
        ConfiguredHostStore hosts = new ConfiguredHostStore(config);
        List<Integer> reserved = new ArrayList<>();
        config.globalReservations().stream().map(Reservation4::ipAddress).filter(a -> a != 0).forEach(reserved::add);
        for (Subnet4 s : config.subnets()) {
            s.reservations().stream().map(Reservation4::ipAddress).filter(a -> a != 0).forEach(reserved::add);
        }
        Map<String, ClientClassDef> defs = new HashMap<>();
        config.clientClasses().forEach(c -> defs.put(c.name(), c));
        Map<Long, Subnet4> byId = new HashMap<>();
        config.subnets().forEach(s -> byId.put(s.id(), s));
        SubnetSelector selector = new SubnetSelector(config);
        return new EngineState(config, store, selector,
                new HostResolver(hosts, config.hostReservationIdentifiers()),
                new LeaseAllocator(config.subnets(), hosts, reserved, store, stats, clock),
                classifiers.create(config), Map.copyOf(defs), new OptionAssembler(config, defs, selector),
                new ServerIdentity(config), Map.copyOf(byId));
    }
}
