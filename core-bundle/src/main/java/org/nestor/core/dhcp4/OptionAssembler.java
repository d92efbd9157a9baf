package org.nestor.core.dhcp4;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.config.ConfiguredOption;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Pool4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.host.Host4;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Chooses the configured options of a reply: for each code the first value found in reservation, pool, subnet,
 * shared network, classes (in class order), global; sent when the client asked for it (option 55), when marked
 * {@code always-send}, or when it is one Kea always appends (routers, domain-name-servers, domain-name); never when
 * the chosen value is {@code never-send}.
 */
final class OptionAssembler {
    static final int SUBNET_MASK = 1;
    static final int PARAMETER_REQUEST_LIST = 55;
    private static final String SPACE = "dhcp4";
    private static final int[] BASIC = {3, 6, 15};

    private final Dhcp4Config config;
    private final Map<String, ClientClassDef> classDefs;
    private final SubnetSelector selector;

    OptionAssembler(Dhcp4Config config, Map<String, ClientClassDef> classDefs, SubnetSelector selector) {
        this.config = config;
        this.classDefs = classDefs;
        this.selector = selector;
    }

    /** The option-data levels that apply to one client, highest precedence first. */
    List<List<ConfiguredOption>> levels(Optional<Host4> host, Pool4 pool, Subnet4 subnet, Set<String> classes) {
        List<List<ConfiguredOption>> levels = new ArrayList<>();
        host.ifPresent(h -> levels.add(h.options()));
        if (pool != null) {
            levels.add(pool.options());
        }
        if (subnet != null) {
            levels.add(subnet.options());
            selector.network(subnet).ifPresent(n -> levels.add(n.options()));
        }
        for (String c : classes) {
            ClientClassDef def = classDefs.get(c);
            if (def != null) {
                levels.add(def.options());
            }
        }
        levels.add(config.globalOptions());
        return levels;
    }

    /** @return the value of {@code code} that applies, if configured at any level */
    static Optional<ConfiguredOption> find(List<List<ConfiguredOption>> levels, int code) {
        for (List<ConfiguredOption> level : levels) {
            for (ConfiguredOption o : level) {
                if (o.code() == code && SPACE.equals(o.space())) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** Adds the configured options the client gets to {@code reply} (options already in the reply stay). */
    void append(Dhcp4Packet reply, Dhcp4Packet query, List<List<ConfiguredOption>> levels) {
        byte[] prl = query.option(PARAMETER_REQUEST_LIST);
        int capacity = (prl == null ? 0 : prl.length) + BASIC.length;
        for (List<ConfiguredOption> level : levels) {
            capacity += level.size();
        }
        WantedCodes wanted = new WantedCodes(capacity);
        if (prl != null) {
            for (byte b : prl) {
                wanted.add(b & 0xff);
            }
        }
        for (int code : BASIC) {
            wanted.add(code);
        }
        for (List<ConfiguredOption> level : levels) {
            for (ConfiguredOption o : level) {
                if (o.alwaysSend() && SPACE.equals(o.space())) {
                    wanted.add(o.code());
                }
            }
        }
        for (int i = 0; i < wanted.size; i++) {
            int code = wanted.codes[i];
            if (reply.option(code) != null) {
                continue;
            }
            ConfiguredOption o = find(levels, code).orElse(null);
            if (o != null && !o.neverSend()) {
                reply.options.put(code, o.payload());
            }
        }
    }

    /** Option codes in the order first asked for, each once; codes are 0-255. */
    private static final class WantedCodes {
        final int[] codes;
        final long[] seen = new long[4];
        int size;

        WantedCodes(int capacity) {
            codes = new int[capacity];
        }

        void add(int code) {
            long bit = 1L << (code & 63);
            if ((seen[code >>> 6] & bit) == 0) {
                seen[code >>> 6] |= bit;
                codes[size++] = code;
            }
        }
    }

    /** @return the subnet mask payload of {@code subnet} */
    static byte[] subnetMask(Subnet4 subnet) {
        int mask = subnet.prefixLength() == 0 ? 0 : -1 << (32 - subnet.prefixLength());
        return Bytes.of32(Integer.toUnsignedLong(mask));
    }
}
