package org.nestor.core.config;

import java.util.ArrayList;
import java.util.List;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;
import org.nestor.hooks.api.lease.Ipv4;

/** Builds a subnet's pools ({@code "a - b"} or {@code prefix/len}), checking range, subnet and overlaps as Kea does. */
final class PoolBuilder {
    private PoolBuilder() {
    }

    static List<Pool4> build(JsonArray list, int prefix, int len, String subnetText, OptionDataBuilder options)
            throws ConfigException {
        if (list == null) return List.of();
        List<Pool4> pools = new ArrayList<>();
        for (JsonValue item : list.items()) {
            JsonObject o = (JsonObject) item;
            JsonValue text = o.get("pool");
            int[] range = range(((JsonString) text).value(), text);
            int mask = Addresses.mask(len);
            if ((range[0] & mask) != (prefix & mask) || (range[1] & mask) != (prefix & mask)) {
                throw new ConfigException(o.position(), "subnet configuration failed: a pool of type V4, with the "
                        + "following address range: " + rangeText(range) + " does not match the prefix of a subnet: "
                        + subnetText + " to which it is being added");
            }
            for (Pool4 p : pools) {
                if (Integer.compareUnsigned(range[0], p.last()) <= 0
                        && Integer.compareUnsigned(p.first(), range[1]) <= 0) {
                    throw new ConfigException(o.position(), "subnet configuration failed: a pool of type V4, with the"
                            + " following address range: " + rangeText(range) + " overlaps with an existing pool in"
                            + " the subnet: " + subnetText + " to which it is being added");
                }
            }
            ScopeChain c = new ScopeChain(o);
            pools.add(new Pool4(range[0], range[1], c.str("client-class", ""),
                    Names.list(o.get("require-client-classes")), options.build((JsonArray) o.get("option-data")),
                    c.lng("pool-id", 0)));
        }
        return List.copyOf(pools);
    }

    private static int[] range(String text, JsonValue at) throws ConfigException {
        String t = text.replace(" ", "").replace("\t", "");
        int dash = t.indexOf('-');
        int slash = t.indexOf('/');
        try {
            if (dash > 0) {
                int first = Ipv4.parse(t.substring(0, dash));
                int last = Ipv4.parse(t.substring(dash + 1));
                if (Integer.compareUnsigned(first, last) > 0) {
                    throw new ConfigException(at.position(), "Failed to create pool defined by: " + t);
                }
                return new int[] {first, last};
            }
            if (slash > 0) {
                int addr = Ipv4.parse(t.substring(0, slash));
                int len = Integer.parseInt(t.substring(slash + 1));
                if (len < 0 || len > 32) throw new IllegalArgumentException("bad length");
                int mask = Addresses.mask(len);
                return new int[] {addr & mask, (addr & mask) | ~mask};
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at.position(), "Failed to create pool defined by: " + t);
        }
        throw new ConfigException(at.position(), "invalid pool definition: " + text
                + ". There are two acceptable formats <min address-max address> or <prefix/len>");
    }

    private static String rangeText(int[] r) {
        return Ipv4.toText(r[0]) + "-" + Ipv4.toText(r[1]);
    }
}
