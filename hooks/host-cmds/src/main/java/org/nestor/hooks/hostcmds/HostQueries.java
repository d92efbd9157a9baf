package org.nestor.hooks.hostcmds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.config.CommandTable;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/**
 * The reading reservation commands: reservation-get, -get-all, -get-page, -get-by-hostname, -get-by-id and
 * -get-by-address, with the texts and shapes of Kea's manual (ARM "host_cmds"; get-by-address is Kea 2.4's).
 * Hosts carry their {@code subnet-id} in answers when the command did not name a subnet, as Kea's do.
 */
final class HostQueries {
    private final HostSource source;

    HostQueries(HostSource source) {
        this.source = source;
    }

    void addTo(CommandTable commands) {
        commands.put("reservation-get", this::get);
        commands.put("reservation-get-all", a -> {
            long subnetId = Args.of(a).subnetId();
            return found(select(subnetId, h -> true), false);
        });
        commands.put("reservation-get-page", this::page);
        commands.put("reservation-get-by-hostname", a -> {
            Args args = Args.of(a);
            String name = args.string("hostname").toLowerCase(Locale.ROOT);
            Long subnetId = args.optionalSubnetId();
            return found(select(subnetId, h -> h.reservation().get("hostname") instanceof String n
                    && n.toLowerCase(Locale.ROOT).equals(name)), subnetId == null);
        });
        commands.put("reservation-get-by-id", a -> {
            Args args = Args.of(a);
            if (args.has("subnet-id")) {
                throw new ConfigurationRejectedException("'subnet-id' is not allowed in reservation-get-by-id");
            }
            HostIdentifier id = HostIdentifier.from(args.map());
            return found(select(null, h -> h.identifiedBy(id)), true);
        });
        commands.put("reservation-get-by-address", a -> {
            Args args = Args.of(a);
            int address = args.address("ip-address");
            Long subnetId = args.optionalSubnetId();
            return found(select(subnetId, h -> Args.reserves(h, address)), subnetId == null);
        });
    }

    /** reservation-get by (subnet-id, ip-address) or (subnet-id, identifier-type, identifier). */
    private Map<String, Object> get(Map<String, Object> arguments) throws ConfigurationRejectedException {
        Args args = Args.of(arguments);
        long subnetId = args.subnetId();
        List<Host> hosts = select(subnetId, selector(args));
        if (hosts.isEmpty()) {
            return Answers.of(Answers.SUCCESS, "Host not found.");
        }
        return Answers.of(Answers.SUCCESS, "Host found.", hosts.get(0).reservation());
    }

    /** @return the selector of reservation-get and reservation-del: by address, else by identifier */
    static Predicate<Host> selector(Args args) throws ConfigurationRejectedException {
        if (args.has("ip-address")) {
            int address = args.address("ip-address");
            return h -> Args.reserves(h, address);
        }
        HostIdentifier id = HostIdentifier.from(args.map());
        return h -> h.identifiedBy(id);
    }

    private Map<String, Object> page(Map<String, Object> arguments) throws ConfigurationRejectedException {
        Args args = Args.of(arguments);
        long limit = args.integer("limit");
        if (limit == 0) {
            throw new ConfigurationRejectedException("page size 'limit' must be greater than 0");
        }
        Long subnetId = args.optionalSubnetId();
        long from = args.has("from") ? args.integer("from") : 0;
        List<Host> all = select(subnetId, h -> true);
        List<Map<String, Object>> page = new ArrayList<>();
        for (long i = from; i < all.size() && page.size() < limit; i++) {
            Host h = all.get((int) i);
            page.add(subnetId == null ? h.withSubnetId() : h.reservation());
        }
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("count", (long) page.size());
        result.put("hosts", page);
        if (!page.isEmpty()) {
            result.put("next", Map.of("from", from + page.size(), "source-index", 0L));
        }
        return Answers.of(page.isEmpty() ? Answers.EMPTY : Answers.SUCCESS, page.size() + " IPv4 host(s) found.",
                result);
    }

    /** @return the hosts of {@code subnetId} (every subnet when null) that {@code which} selects */
    private List<Host> select(Long subnetId, Predicate<Host> which) {
        return source.hosts().stream().filter(h -> subnetId == null || h.subnetId() == subnetId)
                .filter(which).toList();
    }

    private static Map<String, Object> found(List<Host> hosts, boolean withSubnetIds) {
        List<Map<String, Object>> shown = new ArrayList<>();
        hosts.forEach(h -> shown.add(withSubnetIds ? h.withSubnetId() : h.reservation()));
        return Answers.of(shown.isEmpty() ? Answers.EMPTY : Answers.SUCCESS, shown.size() + " IPv4 host(s) found.",
                Map.of("hosts", shown));
    }
}
