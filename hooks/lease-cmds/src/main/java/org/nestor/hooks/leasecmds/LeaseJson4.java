package org.nestor.hooks.leasecmds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nestor.hooks.api.lease.Lease4;

/**
 * A lease as Kea's lease commands show it: {@code client-id} (when the lease has one), {@code cltt}, {@code fqdn-fwd},
 * {@code fqdn-rev}, {@code hostname}, {@code hw-address}, {@code ip-address}, {@code state}, {@code subnet-id},
 * {@code user-context} (when set), {@code valid-lft} — in that (Kea's alphabetical) order.
 */
final class LeaseJson4 {
    private LeaseJson4() {
    }

    static Map<String, Object> toJson(Lease4 lease) {
        Map<String, Object> m = new LinkedHashMap<>();
        byte[] clientId = lease.clientId();
        if (clientId.length > 0) {
            m.put("client-id", HexText.format(clientId));
        }
        m.put("cltt", lease.cltt());
        m.put("fqdn-fwd", lease.fqdnForward());
        m.put("fqdn-rev", lease.fqdnReverse());
        m.put("hostname", lease.hostname());
        m.put("hw-address", HexText.format(lease.hwAddress()));
        m.put("ip-address", lease.addressText());
        m.put("state", (long) lease.state().code());
        m.put("subnet-id", lease.subnetId());
        if (lease.userContext() != null) {
            m.put("user-context", userContext(lease.userContext()));
        }
        m.put("valid-lft", lease.validLifetime());
        return m;
    }

    /** @return Kea's {@code {"leases": [...]}} */
    static Map<String, Object> leases(List<Lease4> leases) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("leases", leases.stream().map(LeaseJson4::toJson).toList());
        return m;
    }

    /** A stored context that is not JSON (written by hand into a lease file) is shown as the text it is. */
    private static Object userContext(String text) {
        try {
            return JsonText.parse(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
