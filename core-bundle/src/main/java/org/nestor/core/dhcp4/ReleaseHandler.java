package org.nestor.core.dhcp4;

import java.util.List;
import java.util.Optional;
import org.nestor.core.alloc.ClientIdentity;
import org.nestor.core.alloc.LeaseChange;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;

/** DHCPRELEASE of ciaddr: the lease is deleted (as Kea 2.2 does) when the sender owns it; never answered. */
final class ReleaseHandler implements MessageHandler {
    @Override
    public Optional<Dhcp4Packet> handle(QueryContext ctx) {
        int address = ctx.query.ciaddr;
        String text = Ipv4.toText(address);
        Optional<Lease4> lease = ctx.state.store().get(address);
        ctx.committing = true;
        if (lease.isEmpty()) {
            log(ctx, LeaseChange.NO_LEASE, text);
            return Optional.empty();
        }
        ClientIdentity client = ctx.identity(ctx.state.subnetsById().get(lease.get().subnetId()));
        if (!LeaseHooks.allow(ctx, HookPoint.LEASE4_RELEASE, lease.get(), client)) {
            return Optional.empty();
        }
        LeaseChange result = ctx.state.allocator().release(address, client);
        if (result == LeaseChange.DONE) {
            ctx.deleted = List.of(lease.get());
        }
        log(ctx, result, text);
        return Optional.empty();
    }

    private static void log(QueryContext ctx, LeaseChange result, String text) {
        switch (result) {
            case DONE -> Loggers.LEASES.info("DHCP4_RELEASE {}: address {} was released properly.", ctx.label, text);
            case NO_LEASE -> Loggers.LEASES.debug("DHCP4_RELEASE_FAIL_NO_LEASE {}: client is trying to release "
                    + "non-existing lease {}", ctx.label, text);
            case WRONG_CLIENT -> Loggers.LEASES.debug("DHCP4_RELEASE_FAIL_WRONG_CLIENT {}: client is trying to "
                    + "release the lease {} which belongs to a different client", ctx.label, text);
            default -> throw new IllegalStateException(result.name());
        }
    }
}
