package org.nestor.core.dhcp4;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.nestor.core.config.Dhcp4Config;
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
    private static final int MAX_MESSAGE_SIZE = 57;

    private final LeaseStore4 store;
    private final StatsManager stats;
    private final Clock clock;
    private final EnginePorts ports;
    private final ClientClassifier.Factory classifiers;
    private final ClientLocks clientLocks = new ClientLocks();
    private final PacketPipeline pipeline;
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
        this.store = Objects.requireNonNull(store, "store");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.classifiers = Objects.requireNonNull(classifiers, "classifiers");
        this.pipeline = new PacketPipeline(stats, () -> enabled);
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
        stats.add("pkt4-received", 1);
        Dhcp4Packet query;
        try {
            query = Dhcp4Codec.decode(in.data(), 0, in.data().length);
        } catch (MalformedPacketException e) {
            stats.add("pkt4-parse-failed", 1);
            stats.add("pkt4-receive-drop", 1);
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0001 failed to parse packet from {} to {}, received over "
                    + "interface {}, reason: {}", Ipv4.toText(in.sourceAddress()),
                    Ipv4.toText(in.destinationAddress()), in.interfaceName(), e.getMessage());
            return;
        }
        process(query, in).ifPresent(r -> send(r, query, in, send));
    }

    /**
     * Processes a decoded query (counts it by type, runs the stages, addresses the reply).
     *
     * @return the reply and its destination, or empty when nothing is to be sent
     */
    public Optional<Dhcp4Response> process(Dhcp4Packet query, InboundDatagram in) {
        EngineState current = state;
        MessageType4 type = MessageType4.of(query.messageType());
        QueryContext ctx = new QueryContext(current, in, query, type);
        if (query.messageType() == 0) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0009 {}: Option 53 missing (no DHCP message type), is this "
                    + "a BOOTP packet?", ctx.label);
            stats.add("pkt4-receive-drop", 1);
            return Optional.empty();
        }
        stats.add(type == null ? "pkt4-unknown-received" : "pkt4-" + type.statName() + "-received", 1);
        Loggers.PACKETS.debug("DHCP4_PACKET_RECEIVED {}: {} (type {}) received from {} to {} on interface {}",
                ctx.label, PacketLabel.typeName(query.messageType()), query.messageType(),
                Ipv4.toText(in.sourceAddress()), Ipv4.toText(in.destinationAddress()), in.interfaceName());
        Loggers.PACKETS.debug("DHCP4_QUERY_DATA {}, packet details: {}", ctx.label, PacketDetails.of(query));
        ReentrantLock lock = clientLocks.of(query);
        lock.lock();
        try {
            return pipeline.run(ctx).map(reply -> address(ctx, reply));
        } catch (RfcViolation e) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_DROP_0007 {}: failed to process packet: {}", ctx.label,
                    e.getMessage());
            stats.add("pkt4-receive-drop", 1);
        } catch (RuntimeException e) {
            Loggers.PACKETS.error("DHCP4_PACKET_PROCESS_STD_EXCEPTION exception occurred during packet processing: {}",
                    e.toString());
            stats.add("pkt4-receive-drop", 1);
        } finally {
            lock.unlock();
        }
        return Optional.empty();
    }

    private Dhcp4Response address(QueryContext ctx, Dhcp4Packet reply) {
        ReplyAddresser.Destination d = ReplyAddresser.destination(ctx.query, reply, ctx.in, ports);
        return new Dhcp4Response(reply, d.address(), d.port(), d.interfaceName(), d.linkUnicast());
    }

    private void send(Dhcp4Response r, Dhcp4Packet query, InboundDatagram in, Consumer<OutboundDatagram> send) {
        Dhcp4Packet reply = r.packet();
        String label = PacketLabel.of(reply);
        Loggers.PACKETS.debug("DHCP4_PACKET_SEND {}: trying to send packet {} (type {}) from {} to {}:{} on "
                + "interface {}", label, PacketLabel.typeName(reply.messageType()), reply.messageType(),
                Ipv4.toText(in.interfaceAddress()), Ipv4.toText(r.destinationAddress()),
                r.destinationPort(), r.interfaceName());
        byte[] size = query.option(MAX_MESSAGE_SIZE);
        int max = size != null && size.length == 2 ? ((size[0] & 0xff) << 8) | (size[1] & 0xff) : 0;
        byte[] data = Dhcp4Codec.encode(reply, max);
        send.accept(new OutboundDatagram(data, r.destinationAddress(), r.destinationPort(), r.interfaceName(),
                r.linkUnicast()));
        stats.add("pkt4-sent", 1);
        MessageType4 type = MessageType4.of(reply.messageType());
        if (type != null) {
            stats.add("pkt4-" + type.statName() + "-sent", 1);
        }
        Loggers.PACKETS.debug("DHCP4_RESPONSE_DATA {}: responding with packet {} (type {}), packet details: {}",
                label, PacketLabel.typeName(reply.messageType()), reply.messageType(), PacketDetails.of(reply));
    }
}
