package org.nestor.core.dhcp4;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
        Set<Integer> wanted = new LinkedHashSet<>();
        byte[] prl = query.option(PARAMETER_REQUEST_LIST);
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
        for (int code : wanted) {
            if (reply.options.containsKey(code)) {
                continue;
            }
            find(levels, code).filter(o -> !o.neverSend()).ifPresent(o -> reply.options.put(code, o.payload()));
        }
    }

    /** @return the subnet mask payload of {@code subnet} */
    static byte[] subnetMask(Subnet4 subnet) {
        int mask = subnet.prefixLength() == 0 ? 0 : -1 << (32 - subnet.prefixLength());
        return Bytes.of32(Integer.toUnsignedLong(mask));
    }
}
