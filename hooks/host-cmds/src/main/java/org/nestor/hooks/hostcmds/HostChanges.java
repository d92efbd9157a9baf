package org.nestor.hooks.hostcmds;

import java.util.Map;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.config.CommandTable;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/**
 * The changing reservation commands: reservation-add, -update (Kea 2.4's) and -del, with the texts of Kea's manual
 * (ARM "host_cmds"). A host conflicting with another (same identifier, or an address already reserved, in its
 * scope) is refused with the server's Kea-worded reason and changes nothing.
 */
final class HostChanges {
    private final HostSource source;

    HostChanges(HostSource source) {
        this.source = source;
    }

    void addTo(CommandTable commands) {
        commands.put("reservation-add", a -> {
            source.add(hostIn(a));
            return Answers.success("Host added.");
        });
        commands.put("reservation-update", a -> {
            Host host = hostIn(a);
            if (HostIdentifier.of(host.reservation()) == null) {
                throw new ConfigurationRejectedException("one of the supported identifiers must be specified "
                        + "for host reservation: " + String.join(", ", HostIdentifier.TYPES));
            }
            return source.update(host) ? Answers.success("Host updated.")
                    : Answers.error("Host not updated (not found).");
        });
        commands.put("reservation-del", a -> {
            Args args = Args.of(a);
            long subnetId = args.subnetId();
            return source.delete(subnetId, HostQueries.selector(args)) ? Answers.success("Host deleted.")
                    : Answers.error("Host not deleted (not found).");
        });
    }

    /** @return the host of {@code {"reservation": {..., "subnet-id": N}}} */
    private Host hostIn(Map<String, Object> arguments) throws ConfigurationRejectedException {
        Args args = Args.of(arguments);
        if (!(args.map().get("reservation") instanceof Map<?, ?> given)) {
            throw new ConfigurationRejectedException("Mandatory 'reservation' parameter missing or not a map.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> reservation = (Map<String, Object>) given;
        long subnetId = Args.of(reservation).subnetId();
        if (!source.subnetExists(subnetId)) {
            throw new ConfigurationRejectedException("IPv4 subnet with id " + subnetId + " does not exist");
        }
        return new Host(subnetId, reservation);
    }
}
