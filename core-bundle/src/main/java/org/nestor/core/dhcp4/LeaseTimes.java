package org.nestor.core.dhcp4;

import java.util.Map;
import java.util.Set;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.config.Lifetime;
import org.nestor.core.config.SubnetParameters4;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Lease lifetimes by Kea's rules: the first of the client's classes that sets a lifetime, else the subnet's; the
 * client's option 51 clamped to min/max; T2 sent only when below the lifetime, T1 only when below T2 (or the
 * lifetime when no T2 is sent); explicit timers win over {@code calculate-tee-times}.
 */
final class LeaseTimes {
    static final int LEASE_TIME = 51;
    static final int RENEWAL_TIME = 58;
    static final int REBINDING_TIME = 59;

    private LeaseTimes() {
    }

    static long valid(SubnetParameters4 p, Set<String> classes, Map<String, ClientClassDef> defs, Dhcp4Packet q) {
        Lifetime lifetime = p.valid();
        for (String c : classes) {
            ClientClassDef def = defs.get(c);
            if (def != null && def.validLifetime() != null) {
                lifetime = def.validLifetime();
                break;
            }
        }
        byte[] asked = q.option(LEASE_TIME);
        long requested = asked != null && asked.length == 4 ? Integer.toUnsignedLong(Bytes.uint32(asked)) : 0;
        return lifetime.grant(requested);
    }

    /** Adds options 51, 59 and 58 to {@code reply} for a lease of {@code valid} seconds. */
    static void addTimes(Dhcp4Packet reply, SubnetParameters4 p, long valid) {
        reply.options.put(LEASE_TIME, Bytes.of32(valid));
        long t2 = 0;
        if (p.rebindTimer() != null) {
            t2 = p.rebindTimer();
        } else if (p.calculateTeeTimes()) {
            t2 = Math.round(p.t2Percent() * valid);
        }
        long ceiling = valid;
        byte[] t2Payload = null;
        if (t2 > 0 && t2 < ceiling) {
            t2Payload = Bytes.of32(t2);
            ceiling = t2;
        }
        long t1 = 0;
        if (p.renewTimer() != null) {
            t1 = p.renewTimer();
        } else if (p.calculateTeeTimes()) {
            t1 = Math.round(p.t1Percent() * valid);
        }
        if (t1 > 0 && t1 < ceiling) {
            reply.options.put(RENEWAL_TIME, Bytes.of32(t1));
        }
        if (t2Payload != null) {
            reply.options.put(REBINDING_TIME, t2Payload);
        }
    }
}
