package org.nestor.core.dhcp4;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.Set;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.hooks.CalloutTable;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.hooks.Packet4View;
import org.nestor.core.hooks.PacketContexts;
import org.nestor.core.hooks.PointHandle;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.packet.Packet4;
import org.nestor.core.net.DatagramHandler;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.net.OutboundDatagram;
import org.nestor.core.stats.StatsManager;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MalformedPacketException;
import org.nestor.core.wire.MessageType4;
import org.nestor.core.wire.PacketLabel;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * The DHCPv4 server engine: one straight line per datagram (decode → {@link PacketPipeline} stages → address →
 * encode → send). Safe for concurrent calls: packets of one client are serialised, other clients run in parallel,
 * and lease writes lock only the address they change. The configuration can be swapped while traffic flows.
 */
public final class Dhcp4Engine implements DatagramHandler {
    private final LeaseStore4 store;
    private final StatsManager stats;
    private final PacketCounters counters;
    private final Clock clock;
    private final EnginePorts ports;
    private final ClientClassifier.Factory classifiers;
    private final ClientLocks clientLocks = new ClientLocks();
    private final PacketPipeline pipeline;
    private final HooksManager hooks;
    private final ReplyDelivery delivery;
    private volatile EngineState state;
    private volatile boolean enabled = true;

    /** An engine classifying with Kea's expression language ({@link ExpressionClientClassifier}). */
    public Dhcp4Engine(Dhcp4Config config, LeaseStore4 store, StatsManager stats, Clock clock, EnginePorts ports) {
        this(config, store, stats, clock, ports, ExpressionClientClassifier::new);
    }

    /**
     * @param config the configuration to run
     * @param store the lease store (kept across reconfigurations)
     * @param stats where Kea's statistics are kept
     * @param clock time source for lease times
     * @param ports server and client ports
     * @param classifiers makes the classifier of each configuration
     */
    public Dhcp4Engine(Dhcp4Config config, LeaseStore4 store, StatsManager stats, Clock clock, EnginePorts ports,
                       ClientClassifier.Factory classifiers) {
        this(config, store, stats, clock, ports, classifiers, new HooksManager());
    }

    /**
     * An engine calling the callouts of {@code hooks} at Kea's hook points.
     *
     * @param hooks the server's hooks (lives across engines); its library configuration is the caller's business
     */
    public Dhcp4Engine(Dhcp4Config config, LeaseStore4 store, StatsManager stats, Clock clock, EnginePorts ports,
                       ClientClassifier.Factory classifiers, HooksManager hooks) {
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        this.counters = new PacketCounters(stats);
        this.delivery = new ReplyDelivery(counters,
                hooks.parkingLot(HookPoint.LEASES4_COMMITTED, config.parkedPacketLimit(), stats),
                hooks.parkingLot(HookPoint.PKT4_SEND, config.parkedPacketLimit(), stats),
                hooks.parkingLot(HookPoint.LEASE4_OFFER, config.parkedPacketLimit(), stats));
        this.store = Objects.requireNonNull(store, "store");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.classifiers = Objects.requireNonNull(classifiers, "classifiers");
        this.pipeline = new PacketPipeline(counters, () -> enabled);
        this.state = EngineState.build(config, store, stats, clock, classifiers);
        StatsInitializer.init(stats, config.subnets(), store);
    }

    /**
     * Swaps the configuration: leases stay in the store, pool state is rebuilt from it, per-subnet statistics are
     * recounted (and removed for subnets that are gone). Packets in flight finish with the old configuration.
     */
    public void reconfigure(Dhcp4Config config) {
        EngineState next = EngineState.build(config, store, stats, clock, classifiers);
        EngineState old = state;
        state = next;
        StatsInitializer.removeSubnets(stats, old.config().subnets(), config.subnets());
        StatsInitializer.init(stats, config.subnets(), store);
    }

    /** @return the configuration in use */
    public Dhcp4Config config() {
        return state.config();
    }

    /** Enables or disables the DHCP service (Kea's {@code dhcp-enable}/{@code dhcp-disable}). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return whether the DHCP service is enabled */
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void handle(InboundDatagram in, Consumer<OutboundDatagram> send) {
        counters.received.increment();
        CalloutTable table = hooks.table();
        byte[] data = in.data();
        Packet4View raw = null;
        PacketContexts contexts = null;
        if (table.has(HookPoint.BUFFER4_RECEIVE)) {
            contexts = new PacketContexts();
            raw = new Packet4View(null, data, in.sourceAddress(), in.destinationAddress(), in.interfaceName(),
                    Set::of);
            NextStep step = new PointHandle(HookPoint.BUFFER4_RECEIVE, contexts, null)
                    .arg(Arguments.QUERY4, Packet4.class, raw).call(table);
            if (step == NextStep.DROP) {
                Loggers.HOOKS.debug("DHCP4_HOOK_BUFFER_RCVD_DROP received buffer from {} to {} over interface {} "
                        + "was dropped because a callout set the drop flag", Ipv4.toText(in.sourceAddress()),
                        Ipv4.toText(in.destinationAddress()), in.interfaceName());
                counters.receiveDrop.increment();
                return;
            }
            data = raw.wireBytes();
        }
        Dhcp4Packet query;
        try {
            query = Dhcp4Codec.decode(data, 0, data.length);
        } catch (MalformedPacketException e) {
            counters.parseFailed.increment();
            counters.receiveDrop.increment();
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0001 failed to parse packet from {} to {}, received over "
                    + "interface {}, reason: {}", Ipv4.toText(in.sourceAddress()),
                    Ipv4.toText(in.destinationAddress()), in.interfaceName(), e.getMessage());
            return;
        }
        QueryContext ctx = new QueryContext(state, in, query, MessageType4.of(query.messageType()), table, contexts,
                raw);
        Optional<Dhcp4Response> reply = process(ctx);
        if (reply.isPresent() || ctx.committing) {
            delivery.deliver(ctx, reply.orElse(null), send);
        }
    }

    /**
     * Processes a decoded query (counts it by type, runs the stages, addresses the reply); the hook points of the
     * end of the line ({@code leases4_committed} on) are not called.
     *
     * @return the reply and its destination, or empty when nothing is to be sent
     */
    public Optional<Dhcp4Response> process(Dhcp4Packet query, InboundDatagram in) {
        return process(new QueryContext(state, in, query, MessageType4.of(query.messageType()), hooks.table(), null,
                null));
    }

    private Optional<Dhcp4Response> process(QueryContext ctx) {
        Dhcp4Packet query = ctx.query;
        InboundDatagram in = ctx.in;
        MessageType4 type = ctx.type;
        if (query.messageType() == 0) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0009 {}: Option 53 missing (no DHCP message type), is this "
                    + "a BOOTP packet?", ctx.label);
            counters.receiveDrop.increment();
            return Optional.empty();
        }
        counters.received(type).increment();
        if (Loggers.PACKETS.isDebugEnabled()) {
            Loggers.PACKETS.debug("DHCP4_PACKET_RECEIVED {}: {} (type {}) received from {} to {} on interface {}",
                    ctx.label, PacketLabel.typeName(query.messageType()), query.messageType(),
                    Ipv4.toText(in.sourceAddress()), Ipv4.toText(in.destinationAddress()), in.interfaceName());
        }
        if (Loggers.PACKETS.isDebugEnabled()) {
            Loggers.PACKETS.debug("DHCP4_QUERY_DATA {}, packet details: {}", ctx.label, PacketDetails.of(query));
        }
        ReentrantLock lock = clientLocks.of(query);
        lock.lock();
        try {
            return pipeline.run(ctx).map(reply -> address(ctx, reply));
        } catch (RfcViolation e) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0007 {}: failed to process packet: {}", ctx.label,
                    e.getMessage());
            counters.receiveDrop.increment();
        } catch (RuntimeException e) {
            Loggers.PACKETS.error("DHCP4_PACKET_PROCESS_STD_EXCEPTION exception occurred during packet processing: {}",
                    e.toString());
            counters.receiveDrop.increment();
        } finally {
            lock.unlock();
        }
        ctx.committing = false;
        return Optional.empty();
    }

    private Dhcp4Response address(QueryContext ctx, Dhcp4Packet reply) {
        ReplyAddresser.Destination d = ReplyAddresser.destination(ctx.query, reply, ctx.in, ports);
        return new Dhcp4Response(reply, d.address(), d.port(), d.interfaceName(), d.linkUnicast());
    }
}
