package org.nestor.core.dhcp4;

import org.nestor.core.alloc.ClientIdentity;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStoreException;

/**
 * What follows an OFFER whose address a {@code lease4_offer} callout found in use (a ping check, Kea 2.5+): the OFFER
 * is not sent, the address is put on probation for {@code decline-probation-period} as if the client had declined
 * it (state DECLINED, no client identity, counted in {@code declined-addresses}), and {@code lease4_server_decline}
 * callouts see the declined lease. The client's next DISCOVER is offered another address.
 */
final class ServerInitiatedDecline {
    private ServerInitiatedDecline() {
    }

    static void decline(QueryContext ctx) {
        Lease4 offered = ctx.offered;
        long probation = ctx.state.config().declineProbationPeriod();
        ClientIdentity client = ctx.identity(ctx.state.subnetsById().get(offered.subnetId()));
        Lease4 declined;
        try {
            declined = ctx.state.allocator().declineOffered(offered, client, probation);
        } catch (LeaseStoreException e) {
            Loggers.LEASES.error("NESTOR_SERVER_DECLINE_FAILED {}: the lease of address {}, found in use, could not "
                    + "be declined: {}", ctx.label, offered.addressText(), e.getMessage());
            return;
        }
        if (declined == null) {
            Loggers.LEASES.info("NESTOR_SERVER_DECLINE_HELD {}: address {} was found in use and is now leased to "
                    + "another client; it is not declined", ctx.label, offered.addressText());
            return;
        }
        Loggers.LEASES.info("DHCP4_SERVER_INITIATED_DECLINE {}: Lease for addr {} has been found to be already in "
                + "use. The lease will be unavailable for {} seconds.", ctx.label, offered.addressText(), probation);
        if (ctx.hooks.has(HookPoint.LEASE4_SERVER_DECLINE)) {
            ctx.handle(HookPoint.LEASE4_SERVER_DECLINE, null).arg(Arguments.LEASE4, Lease4.class, declined)
                    .call(ctx.hooks);
        }
    }
}
