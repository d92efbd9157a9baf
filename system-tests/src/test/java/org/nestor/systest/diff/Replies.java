package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.nestor.core.wire.Dhcp4Packet;

/** What Kea and Nestor answered to one query, and the field-by-field comparison of the two. */
record Replies(String scenario, Optional<Dhcp4Packet> kea, Optional<Dhcp4Packet> nestor) {

    /**
     * Fails listing every field where the replies differ, except those an {@link AllowedDifference} covers and the
     * fields in {@code allowed} (field name to the reason Nestor may answer differently there in this exchange).
     *
     * @return Kea's reply, for the scenario's own assertions on the reference behaviour
     */
    Optional<Dhcp4Packet> assertSame(Map<String, String> allowed) {
        Map<String, String> k = ReplyFields.of(kea);
        Map<String, String> n = ReplyFields.of(nestor);
        TreeSet<String> names = new TreeSet<>(k.keySet());
        names.addAll(n.keySet());
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            String kv = k.getOrDefault(name, "(absent)");
            String nv = n.getOrDefault(name, "(absent)");
            if (!kv.equals(nv) && !allowed.containsKey(name) && !AllowedDifference.anyAllows(name, k, n)) {
                differences.add(String.format("  %-14s kea=%s nestor=%s", name, kv, nv));
            }
        }
        if (!differences.isEmpty()) {
            fail(scenario + ": Nestor's reply differs from Kea's\n" + String.join("\n", differences)
                    + "\nkea:    " + k + "\nnestor: " + n);
        }
        return kea;
    }

    /** {@link #assertSame(Map)} with no allowed difference. */
    Optional<Dhcp4Packet> assertSame() {
        return assertSame(Map.of());
    }

    /** Compares, then returns Kea's reply, failing if there was none. */
    Dhcp4Packet assertSameReply() {
        return assertSame().orElseThrow(() -> new AssertionError(scenario + ": Kea did not answer"));
    }

    /** For the documented packets Nestor drops as malformed where Kea 2.2 still answers. */
    void assertKeaAnswersAndNestorDrops() {
        if (kea.isEmpty() || nestor.isPresent()) {
            fail(scenario + ": expected Kea to answer and Nestor to drop, got kea=" + ReplyFields.of(kea)
                    + " nestor=" + ReplyFields.of(nestor));
        }
    }
}
