package org.nestor.hooks.leasecmds;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStoreException;
import org.nestor.hooks.api.lease.SubnetSummary4;

/**
 * The DHCPv4 lease commands that change leases, answering with Kea 2.2's texts and result codes and moving the
 * address statistics as Kea does.
 */
final class Lease4Changes {
    private final LeaseServices services;
    private final LeaseStats4 stats;

    Lease4Changes(LeaseServices services) {
        this.services = services;
        this.stats = new LeaseStats4(services.stats());
    }

    Map<String, Object> add(Map<String, Object> arguments) {
        Lease4 lease = parse(Args.required(arguments, "no parameters specified for the command"));
        if (!services.store().add(lease)) {
            // Kea 2.2 answers 1, not 4 (conflict), for an address that has a lease
            throw CommandFailure.error("IPv4 lease already exists.");
        }
        stats.added(lease);
        return Answers.success("Lease for address " + lease.addressText() + ", subnet-id " + lease.subnetId()
                + " added.");
    }

    Map<String, Object> update(Map<String, Object> arguments) {
        Map<String, Object> args = Args.required(arguments, "no parameters specified for lease4-update command");
        Lease4 lease = parse(args);
        boolean force = Args.optionalBoolean(args, "force-create").orElse(false);
        Optional<Lease4> old = services.store().get(lease.address());
        if (old.isEmpty()) {
            if (force && services.store().add(lease)) {
                stats.added(lease);
                return Answers.success("IPv4 lease added.");
            }
            throw CommandFailure.error("failed to update the lease with address " + lease.addressText()
                    + " either because the lease has been deleted or it has changed in the database, in both cases "
                    + "a retry might succeed");
        }
        services.store().update(lease);
        stats.replaced(old.get(), lease);
        return Answers.success("IPv4 lease updated.");
    }

    Map<String, Object> delete(Map<String, Object> args) {
        Optional<Lease4> lease = LeaseTarget4.find(args, services.store());
        if (lease.isPresent() && services.store().delete(lease.get().address())) {
            stats.removed(lease.get());
            return Answers.success("IPv4 lease deleted.");
        }
        return Answers.of(Answers.EMPTY, "IPv4 lease not found.");
    }

    /** One subnet's leases, or (no {@code subnet-id}, or 0) those of every configured subnet. */
    Map<String, Object> wipe(Map<String, Object> args) {
        long subnetId = args == null ? 0 : Args.optionalUint32(args, "subnet-id").orElse(0L);
        List<Long> ids = subnetId != 0 ? List.of(subnetId)
                : services.subnets().subnets().stream().map(SubnetSummary4::id).toList();
        long deleted = 0;
        for (long id : ids) {
            for (Lease4 lease : services.store().getBySubnet(id)) {
                if (services.store().delete(lease.address())) {
                    stats.removed(lease);
                    deleted++;
                }
            }
        }
        return Answers.of(deleted == 0 ? Answers.EMPTY : Answers.SUCCESS, "Deleted " + deleted
                + " IPv4 lease(s) from subnet(s) " + ids.stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }

    /** Kea 2.4's {@code lease4-write} (Kea 2.2 has none): the leases to a file in the memfile format. */
    Map<String, Object> write(Map<String, Object> arguments) {
        Map<String, Object> args = Args.required(arguments, "Command arguments missing or a not a map.");
        Object name = args.get("filename");
        if (name == null) {
            throw CommandFailure.error("'filename' parameter not specified");
        }
        if (!(name instanceof String filename)) {
            throw CommandFailure.error("'filename' parameter must be a string");
        }
        if (filename.isEmpty()) {
            throw CommandFailure.error("'filename' parameter is empty");
        }
        try {
            services.store().writeTo(Path.of(filename));
        } catch (LeaseStoreException | java.nio.file.InvalidPathException e) {
            throw CommandFailure.error(e.getMessage());
        }
        return Answers.success("IPv4 lease database into '" + filename + "'.");
    }

    /** Nestor has no DDNS yet: Kea's answer when DDNS updating is off. */
    Map<String, Object> resendDdns(Map<String, Object> arguments) {
        // Kea 2.2 aborts on this command without arguments (recorded); Nestor answers
        Map<String, Object> args = Args.required(arguments, "Command arguments missing or a not a map.");
        if (!args.containsKey("ip-address")) {
            throw CommandFailure.error("'ip-address' parameter is missing.");
        }
        return Answers.error("DDNS updating is not enabled");
    }

    private Lease4 parse(Map<String, Object> args) {
        return LeaseArgs4.parse(args, services.subnets(), services.clock().getAsLong());
    }
}
