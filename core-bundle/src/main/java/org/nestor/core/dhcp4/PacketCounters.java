package org.nestor.core.dhcp4;

import java.util.function.Function;
import org.nestor.core.stats.Counter;
import org.nestor.core.stats.StatsManager;
import org.nestor.core.wire.MessageType4;

/**
 * Kea's packet statistics ({@code pkt4-received}, {@code pkt4-discover-received}, {@code pkt4-sent},
 * {@code pkt4-offer-sent}, ...) as counters resolved once per engine, so that counting a packet looks no name up.
 */
final class PacketCounters {
    final Counter received;
    final Counter receiveDrop;
    final Counter parseFailed;
    final Counter sent;
    private final Counter unknownReceived;
    private final Counter[] receivedByType;
    private final Counter[] sentByType;

    PacketCounters(StatsManager stats) {
        received = stats.counter("pkt4-received");
        receiveDrop = stats.counter("pkt4-receive-drop");
        parseFailed = stats.counter("pkt4-parse-failed");
        sent = stats.counter("pkt4-sent");
        unknownReceived = stats.counter("pkt4-unknown-received");
        receivedByType = byType(stats, MessageType4::receivedStat);
        sentByType = byType(stats, MessageType4::sentStat);
    }

    /** @return the counter of received queries of {@code type}; {@code pkt4-unknown-received} for null */
    Counter received(MessageType4 type) {
        return type == null ? unknownReceived : receivedByType[type.ordinal()];
    }

    /** @return the counter of sent replies of {@code type} */
    Counter sent(MessageType4 type) {
        return sentByType[type.ordinal()];
    }

    private static Counter[] byType(StatsManager stats, Function<MessageType4, String> name) {
        MessageType4[] types = MessageType4.values();
        Counter[] out = new Counter[types.length];
        for (MessageType4 t : types) {
            out[t.ordinal()] = stats.counter(name.apply(t));
        }
        return out;
    }
}
