package org.nestor.hooks.leasecmds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * Which lease {@code lease4-get} and {@code lease4-del} mean: {@code ip-address}, or {@code identifier-type} +
 * {@code identifier} + {@code subnet-id}; parsed with Kea 2.2's texts and checks.
 */
final class LeaseTarget4 {
    private LeaseTarget4() {
    }

    /** @return the lease the arguments designate, if the store holds it */
    static Optional<Lease4> find(Map<String, Object> arguments, LeaseStore4 store) {
        Map<String, Object> args = Args.required(arguments, "Parameters missing or are not a map.");
        Object ip = args.get("ip-address");
        if (ip != null) {
            if (!(ip instanceof String text)) {
                throw CommandFailure.error("'ip-address' is not a string.");
            }
            return store.get(address(text));
        }
        Object subnet = args.get("subnet-id");
        if (subnet == null) {
            throw CommandFailure.error("Mandatory 'subnet-id' parameter missing.");
        }
        if (!(subnet instanceof Long subnetId)) {
            throw CommandFailure.error("'subnet-id' parameter is not integer.");
        }
        if (!(args.get("identifier-type") instanceof String type)) {
            throw CommandFailure.error("No 'ip-address' provided and 'identifier-type' is either missing or not a "
                    + "string.");
        }
        if (!(args.get("identifier") instanceof String identifier)) {
            throw CommandFailure.error("No 'ip-address' provided and 'identifier' is either missing or not a "
                    + "string.");
        }
        List<Lease4> candidates = switch (type) {
            case "hw-address" -> store.getByHwAddress(HexText.hwAddress(identifier));
            case "client-id" -> store.getByClientId(HexText.clientId(identifier));
            case "duid" -> throw CommandFailure.error("Query by duid is not allowed in v4.");
            // Kea 2.2 accepts the type and finds nothing (recorded)
            case "address" -> List.of();
            default -> throw CommandFailure.error("Incorrect identifier type: " + type + ", the only supported "
                    + "values are: address, hw-address, duid");
        };
        return candidates.stream().filter(l -> l.subnetId() == subnetId).findFirst();
    }

    /** An IPv4 address given to get or delete a lease, with Kea's texts. */
    static int address(String text) {
        if (text.indexOf(':') >= 0) {
            throw CommandFailure.error("Invalid IPv4 address specified: " + text);
        }
        try {
            return Ipv4.parse(text);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.error("Failed to convert string to address '" + text + "': Invalid argument");
        }
    }
}
