package org.nestor.core.dhcp4;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.alloc.AllocationRequest;
import org.nestor.core.alloc.ClientIdentity;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.Subnet4;
import org.nestor.core.host.Host4;
import org.nestor.core.hooks.CalloutTable;
import org.nestor.core.hooks.PacketContexts;
import org.nestor.core.hooks.Packet4View;
import org.nestor.core.hooks.Parking;
import org.nestor.core.hooks.PointHandle;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.packet.Packet4;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.PacketLabel;
import org.nestor.core.wire.MessageType4;

/** What the engine knows about one query as it moves down the line; one per packet, one thread at a time. */
final class QueryContext {
    final EngineState state;
    final InboundDatagram in;
    final Dhcp4Packet query;
    final MessageType4 type;
    /** Kea's packet label ({@link PacketLabel#of}) as its {@code toString()}, formatted only when logged. */
    final Object label;
    Set<String> classes = Set.of();
    /** The selected subnet, null when none. */
    Subnet4 subnet;
    /** Subnets a lease may come from: the selected one first, then the rest of its shared network. */
    List<Subnet4> candidates = List.of();
    Map<HostIdentifierType, byte[]> identifiers = Map.of();
    /** The reservation looked up first (nearly always the only subnet asked about), without boxing or a map. */
    private Optional<Host4> firstHost;
    private long firstHostSubnet;
    /** Reservations in further subnets, by subnet id; created when a second subnet is asked about. */
    private Map<Long, Optional<Host4>> hosts;
    /** The callouts this packet uses from start to finish. */
    final CalloutTable hooks;
    private PacketContexts contexts;
    private Packet4View view;
    /** Whether the message reached the lease changes that {@code leases4_committed} reports. */
    boolean committing;
    /** Leases written for {@code leases4_committed}. */
    List<Lease4> committed = List.of();
    /** Leases deleted for {@code leases4_committed}. */
    List<Lease4> deleted = List.of();
    /** The lease an OFFER proposes, for {@code lease4_offer}; null for other replies. */
    Lease4 offered;
    /** The {@code offer-lifetime} of the offer's subnet, for {@code lease4_offer}. */
    long offerLifetime;
    /** The client's lease before the offer, for {@code lease4_offer} ({@code old_lease}); null when it had none. */
    Lease4 oldLease;

    QueryContext(EngineState state, InboundDatagram in, Dhcp4Packet query, MessageType4 type) {
        this(state, in, query, type, CalloutTable.EMPTY, null, null);
    }

    QueryContext(EngineState state, InboundDatagram in, Dhcp4Packet query, MessageType4 type, CalloutTable hooks,
                 PacketContexts contexts, Packet4View view) {
        this.state = state;
        this.in = in;
        this.query = query;
        this.type = type;
        this.label = PacketLabel.lazy(query);
        this.hooks = hooks;
        this.contexts = contexts;
        this.view = view;
        if (view != null) {
            view.decoded(query);
        }
    }

    /** @return the per-library contexts of this packet (made on first use) */
    PacketContexts contexts() {
        if (contexts == null) {
            contexts = new PacketContexts();
        }
        return contexts;
    }

    /** @return the query as callouts see it (made on first use) */
    Packet4View queryView() {
        if (view == null) {
            view = new Packet4View(query, null, in.sourceAddress(), in.destinationAddress(), in.interfaceName(),
                    () -> classes);
        }
        return view;
    }

    /** @return a handle for {@code point} carrying {@code query4} */
    PointHandle handle(HookPoint point, Parking parking) {
        return new PointHandle(point, contexts(), parking).arg(Arguments.QUERY4, Packet4.class, queryView());
    }

    /** Adds the classes callouts gave the query to its classes. */
    void mergeHookClasses() {
        if (view != null && !view.addedClasses().isEmpty()) {
            Set<String> all = new java.util.LinkedHashSet<>(classes);
            all.addAll(view.addedClasses());
            classes = all;
        }
    }

    /** @return the client's reservation that applies in {@code s} (looked up once per subnet) */
    Optional<Host4> hostFor(Subnet4 s) {
        long id = s.id();
        if (firstHost != null && firstHostSubnet == id) {
            return firstHost;
        }
        if (firstHost == null) {
            firstHostSubnet = id;
            firstHost = state.hostResolver().find(s, identifiers);
            return firstHost;
        }
        if (hosts == null) {
            hosts = new HashMap<>();
        }
        return hosts.computeIfAbsent(id, k -> state.hostResolver().find(s, identifiers));
    }

    /** @return the client's reservation in the selected subnet, or global when none is selected */
    Optional<Host4> host() {
        return subnet == null ? state.hostResolver().findGlobal(identifiers) : hostFor(subnet);
    }

    /** @return what the allocator needs to find this client a lease */
    AllocationRequest allocationRequest(int requestedAddress, String hostname) {
        return new AllocationRequest(identity(subnet), candidates,
                pool -> pool.clientClass().isEmpty() || classes.contains(pool.clientClass()), requestedAddress,
                this::hostFor, s -> LeaseTimes.valid(s.parameters(), classes, state.classDefs(), query), hostname,
                label, classes, LeaseSelectHooks.of(this));
    }

    /** @return the client as lease ownership sees it (client-id dropped when match-client-id is false) */
    ClientIdentity identity(Subnet4 s) {
        boolean matchCid = s == null || s.parameters().matchClientId();
        byte[] cid = query.option(61);
        return new ClientIdentity(query.hwAddress(), matchCid ? cid : null);
    }
}
