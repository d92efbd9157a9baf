package org.nestor.hooks.leasecmds;

import java.util.Locale;
import java.util.Map;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.lease.SubnetSummary4;

/**
 * The lease of {@code lease4-add} / {@code lease4-update} arguments, checked as Kea 2.2 checks them and in its order:
 * address, hardware address, subnet (given, or found from the address), client id, lifetimes, DNS flags, host name
 * (kept in lower case), state, user context.
 */
final class LeaseArgs4 {
    private LeaseArgs4() {
    }

    static Lease4 parse(Map<String, Object> args, SubnetIndex4 subnets, long now) {
        String addressText = Args.string(args, "ip-address");
        int address = address(addressText);
        byte[] hw = HexText.hwAddress(Args.string(args, "hw-address"));
        SubnetSummary4 subnet = subnet(Args.optionalUint32(args, "subnet-id").orElse(0L), address, subnets);
        byte[] clientId = Args.optionalString(args, "client-id").map(HexText::clientId).orElse(new byte[0]);
        long valid = Args.optionalUint32(args, "valid-lft").orElse(subnet.validLifetime());
        long cltt = now;
        Long expire = Args.optionalInteger(args, "expire").orElse(null);
        if (expire != null) {
            if (expire <= valid) {
                throw CommandFailure.error("expiration time must be greater than valid lifetime for address "
                        + addressText);
            }
            cltt = expire - valid;
        }
        boolean fwd = Args.optionalBoolean(args, "fqdn-fwd").orElse(false);
        boolean rev = Args.optionalBoolean(args, "fqdn-rev").orElse(false);
        String hostname = Args.optionalString(args, "hostname").orElse("").toLowerCase(Locale.ROOT);
        LeaseState state = state(Args.optionalInteger(args, "state").orElse(0L));
        String context = userContext(args.get("user-context"));
        if (hw.length == 0 && clientId.length == 0) {
            throw CommandFailure.error("Lease4: " + addressText + ", state: " + stateName(state)
                    + " has neither hardware address or client id");
        }
        return new Lease4(address, hw, clientId, valid, cltt, subnet.id(), fwd, rev, hostname, state, context, 0);
    }

    private static int address(String text) {
        if (text.indexOf(':') >= 0) {
            throw CommandFailure.error("Non-IPv4 address specified: " + text);
        }
        try {
            return Ipv4.parse(text);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.error("Failed to convert '" + text + "' to address: Failed to convert string to "
                    + "address '" + text + "': Invalid argument");
        }
    }

    private static SubnetSummary4 subnet(long id, int address, SubnetIndex4 subnets) {
        if (id == 0) {
            return subnets.forAddress(address).orElseThrow(() -> CommandFailure.error(
                    "subnet-id not specified and failed to find a subnet for address " + Ipv4.toText(address)));
        }
        SubnetSummary4 subnet = subnets.byId(id).orElseThrow(() -> CommandFailure.error(
                "Invalid subnet-id: No IPv4 subnet with subnet-id=" + id + " currently configured."));
        if (!subnet.contains(address)) {
            throw CommandFailure.error("The address " + Ipv4.toText(address) + " does not belong to subnet "
                    + subnet.text() + ", subnet-id=" + id);
        }
        return subnet;
    }

    private static LeaseState state(long code) {
        if (code < 0 || code > 2) {
            throw CommandFailure.error("Invalid state value: " + code + ", supported values are: 0 (default), "
                    + "1 (declined) and 2 (expired-reclaimed)");
        }
        return LeaseState.fromCode((int) code);
    }

    /** Kea's names of lease states in its messages. */
    static String stateName(LeaseState state) {
        return switch (state) {
            case DEFAULT -> "default";
            case DECLINED -> "declined";
            case EXPIRED_RECLAIMED -> "expired-reclaimed";
        };
    }

    private static String userContext(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map)) {
            throw CommandFailure.error("Invalid user context '" + JsonText.write(value) + "' is not a JSON map.");
        }
        return JsonText.write(value);
    }
}
