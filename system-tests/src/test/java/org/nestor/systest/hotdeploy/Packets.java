package org.nestor.systest.hotdeploy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.nestor.systest.ControlClient;

/** The server's packet statistics a phase compares with perfdhcp's counts, read between and during loads. */
record Packets(long received, long discovers, long offers, long receiveDrops, long requests, long acks) {
    /** @return the packet statistics now ({@code statistic-get-all}) */
    static Packets of(ControlClient control) throws IOException {
        Map<String, Object> stats = ControlClient.arguments(control.sendForMap("statistic-get-all", null));
        return new Packets(value(stats, "pkt4-received"), value(stats, "pkt4-discover-received"),
                value(stats, "pkt4-offer-sent"), value(stats, "pkt4-receive-drop"),
                value(stats, "pkt4-request-received"), value(stats, "pkt4-ack-sent"));
    }

    /** @return what was counted since {@code before} */
    Packets minus(Packets before) {
        return new Packets(received - before.received, discovers - before.discovers, offers - before.offers,
                receiveDrops - before.receiveDrops, requests - before.requests, acks - before.acks);
    }

    @SuppressWarnings("unchecked")
    private static long value(Map<String, Object> stats, String name) {
        List<Object> samples = (List<Object>) stats.get(name);
        return samples == null || samples.isEmpty() ? 0 : (Long) ((List<Object>) samples.get(0)).get(0);
    }
}
