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
    final String label;
    Set<String> classes = Set.of();
    /** The selected subnet, null when none. */
    Subnet4 subnet;
    /** Subnets a lease may come from: the selected one first, then the rest of its shared network. */
    List<Subnet4> candidates = List.of();
    Map<HostIdentifierType, byte[]> identifiers = Map.of();
    private final Map<Long, Optional<Host4>> hosts = new HashMap<>();

    QueryContext(EngineState state, InboundDatagram in, Dhcp4Packet query, MessageType4 type) {
        this.state = state;
        this.in = in;
        this.query = query;
        this.type = type;
        this.label = PacketLabel.of(query);
    }

    /** @return the client's reservation that applies in {@code s} (looked up once per subnet) */
    Optional<Host4> hostFor(Subnet4 s) {
        return hosts.computeIfAbsent(s.id(), id -> state.hostResolver().find(s, identifiers));
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
                label, classes);
    }

    /** @return the client as lease ownership sees it (client-id dropped when match-client-id is false) */
    ClientIdentity identity(Subnet4 s) {
        boolean matchCid = s == null || s.parameters().matchClientId();
        byte[] cid = query.option(61);
        return new ClientIdentity(query.hwAddress(), matchCid ? cid : null);
    }
}
