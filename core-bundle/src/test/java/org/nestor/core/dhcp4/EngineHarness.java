package org.nestor.core.dhcp4;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.net.OutboundDatagram;
import org.nestor.core.stats.StatsManager;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MalformedPacketException;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.InMemoryLeaseStore4;
import org.nestor.hooks.api.lease.Ipv4;

/** Drives a real engine through {@code handle()} with encoded packets, and decodes what it sends. */
final class EngineHarness {
    static final String IFACE = "eth0";
    static final int IFACE_ADDRESS = Ipv4.parse("192.0.2.1");
    static final int BROADCAST = 0xffffffff;

    /** A clock tests move by hand. */
    static final class ManualClock extends Clock {
        long millis = 1_700_000_000_000L;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        void advanceSeconds(long s) {
            millis += s * 1000;
        }
    }

    /** What the engine sent: the datagram and its decoded reply. */
    record Sent(OutboundDatagram datagram, Dhcp4Packet reply) {
        int type() {
            return reply.messageType();
        }

        byte[] option(int code) {
            return reply.option(code);
        }
    }

    final InMemoryLeaseStore4 store = new InMemoryLeaseStore4();
    final StatsManager stats = new StatsManager();
    final ManualClock clock = new ManualClock();
    final Dhcp4Engine engine;

    EngineHarness(Dhcp4Config config) {
        engine = new Dhcp4Engine(config, store, stats, clock, new EnginePorts(10067, 10068));
    }

    /** An engine calling the callouts of {@code hooks}. */
    EngineHarness(Dhcp4Config config, org.nestor.core.hooks.HooksManager hooks) {
        engine = new Dhcp4Engine(config, store, stats, clock, new EnginePorts(10067, 10068),
                ExpressionClientClassifier::new, hooks);
    }

    static byte[] mac(int last) {
        return new byte[] {0, 0x0c, 1, 2, 3, (byte) last};
    }

    /** @return a client query of {@code type} from the client whose MAC ends in {@code last} */
    static Dhcp4Packet query(MessageType4 type, int last) {
        Dhcp4Packet p = new Dhcp4Packet();
        p.xid = 0x1000 + last;
        System.arraycopy(mac(last), 0, p.chaddr, 0, 6);
        p.options.put(53, new byte[] {(byte) type.code()});
        return p;
    }

    static byte[] addr(String text) {
        return Bytes.of32(Integer.toUnsignedLong(Ipv4.parse(text)));
    }

    /** Sends a broadcast from a client with no address on {@link #IFACE}. */
    Sent broadcast(Dhcp4Packet q) {
        return send(q, 0, BROADCAST);
    }

    /** Sends a unicast from {@code source} to the interface address. */
    Sent unicast(Dhcp4Packet q, int source) {
        return send(q, source, IFACE_ADDRESS);
    }

    Sent send(Dhcp4Packet q, int source, int destination) {
        byte[] data = Dhcp4Codec.encode(q, 1500);
        return raw(data, source, destination);
    }

    Sent raw(byte[] data, int source, int destination) {
        List<OutboundDatagram> out = new ArrayList<>();
        engine.handle(new InboundDatagram(data, source, 10068, destination, IFACE, IFACE_ADDRESS), out::add);
        if (out.isEmpty()) {
            return null;
        }
        try {
            OutboundDatagram d = out.get(0);
            return new Sent(d, Dhcp4Codec.decode(d.data(), 0, d.data().length));
        } catch (MalformedPacketException e) {
            throw new AssertionError("the engine sent an undecodable reply", e);
        }
    }

    /** Runs DISCOVER then REQUEST (SELECTING) for a client and returns the ACK. */
    Sent lease(int last) {
        Sent offer = broadcast(query(MessageType4.DISCOVER, last));
        Dhcp4Packet req = query(MessageType4.REQUEST, last);
        req.options.put(50, Bytes.of32(Integer.toUnsignedLong(offer.reply().yiaddr)));
        req.options.put(54, offer.option(54));
        return broadcast(req);
    }

    long stat(String name) {
        return stats.value(name);
    }
}
