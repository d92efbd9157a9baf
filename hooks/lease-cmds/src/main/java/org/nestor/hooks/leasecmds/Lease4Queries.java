package org.nestor.hooks.leasecmds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStore4;

/** The read-only DHCPv4 lease commands, answering with Kea 2.2's texts and shapes. */
final class Lease4Queries {
    private static final String NO_ARGUMENTS = "Command arguments missing or a not a map.";

    private final LeaseStore4 store;

    Lease4Queries(LeaseStore4 store) {
        this.store = store;
    }

    Map<String, Object> get(Map<String, Object> args) {
        return LeaseTarget4.find(args, store)
                .map(l -> Answers.of(Answers.SUCCESS, "IPv4 lease found.", LeaseJson4.toJson(l)))
                .orElseGet(() -> Answers.of(Answers.EMPTY, "Lease not found."));
    }

    /** All leases, or those of the listed {@code subnets} (subnet by subnet, in the order listed). */
    Map<String, Object> getAll(Map<String, Object> args) {
        if (args == null) {
            return found(store.getAll());
        }
        if (!args.containsKey("subnets")) {
            throw CommandFailure.error("'subnets' parameter not specified");
        }
        List<Lease4> leases = new ArrayList<>();
        for (long id : Args.subnetIds(args.get("subnets"))) {
            leases.addAll(store.getBySubnet(id));
        }
        return found(leases);
    }

    Map<String, Object> getPage(Map<String, Object> arguments) {
        Map<String, Object> args = Args.required(arguments, "no parameters specified for the lease4-get-page command");
        Object from = args.get("from");
        if (from == null) {
            throw CommandFailure.error("'from' parameter not specified");
        }
        if (!(from instanceof String fromText)) {
            throw CommandFailure.error("'from' parameter must be a string");
        }
        long after = "start".equals(fromText) ? -1 : Integer.toUnsignedLong(pageStart(fromText));
        Object limit = args.get("limit");
        if (limit == null) {
            throw CommandFailure.error("'limit' parameter not specified");
        }
        if (!(limit instanceof Long size)) {
            throw CommandFailure.error("'limit' parameter must be a number");
        }
        if (size == 0) {
            throw CommandFailure.error("page size of retrieved leases must not be 0");
        }
        if (size < 0 || size > Args.UINT32_MAX) {
            throw CommandFailure.error("page size of retrieved leases must not be greater than " + Args.UINT32_MAX);
        }
        List<Lease4> page = store.getPage(after, (int) Math.min(size, Integer.MAX_VALUE));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", (long) page.size());
        body.putAll(LeaseJson4.leases(page));
        return Answers.of(page.isEmpty() ? Answers.EMPTY : Answers.SUCCESS, count(page), body);
    }

    private static int pageStart(String text) {
        if (text.indexOf(':') >= 0) {
            throw CommandFailure.error("'from' parameter value " + text + " is not an IPv4 address");
        }
        try {
            return Ipv4.parse(text);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.error("'from' parameter value is neither 'start' keyword nor a valid IPv4 address");
        }
    }

    Map<String, Object> getByHwAddress(Map<String, Object> args) {
        return found(store.getByHwAddress(HexText.hwAddress(stringParameter(args, "hw-address"))));
    }

    Map<String, Object> getByClientId(Map<String, Object> args) {
        return found(store.getByClientId(HexText.clientId(stringParameter(args, "client-id"))));
    }

    Map<String, Object> getByHostname(Map<String, Object> args) {
        String hostname = stringParameter(args, "hostname");
        if (hostname.isEmpty()) {
            throw CommandFailure.error("'hostname' parameter is empty");
        }
        return found(store.getByHostname(hostname.toLowerCase(Locale.ROOT)));
    }

    /** The single string parameter of the get-by commands, with their texts. */
    private static String stringParameter(Map<String, Object> arguments, String name) {
        Map<String, Object> args = Args.required(arguments, NO_ARGUMENTS);
        Object value = args.get(name);
        if (value == null) {
            throw CommandFailure.error("'" + name + "' parameter not specified");
        }
        if (!(value instanceof String text)) {
            throw CommandFailure.error("'" + name + "' parameter must be a string");
        }
        return text;
    }

    private static Map<String, Object> found(List<Lease4> leases) {
        return Answers.of(leases.isEmpty() ? Answers.EMPTY : Answers.SUCCESS, count(leases),
                LeaseJson4.leases(leases));
    }

    private static String count(List<Lease4> leases) {
        return leases.size() + " IPv4 lease(s) found.";
    }
}
