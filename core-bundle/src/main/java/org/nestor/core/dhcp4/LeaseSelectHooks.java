package org.nestor.core.dhcp4;

import org.nestor.core.alloc.LeaseReview;
import org.nestor.core.config.Subnet4;
import org.nestor.core.hooks.PointHandle;
import org.nestor.core.hooks.SubnetView;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.packet.SubnetView4;

/**
 * Calls {@code lease4_select} (a lease new to the client, or any proposal to a DISCOVER) and {@code lease4_renew}
 * (the client's lease extended by a REQUEST) as the allocator's last look before a lease is granted. A callout
 * may change the lease but not its address.
 */
final class LeaseSelectHooks implements LeaseReview {
    private final QueryContext ctx;

    private LeaseSelectHooks(QueryContext ctx) {
        this.ctx = ctx;
    }

    /** @return the review for {@code ctx}: none when neither point has callouts */
    static LeaseReview of(QueryContext ctx) {
        boolean any = ctx.hooks.has(HookPoint.LEASE4_SELECT) || ctx.hooks.has(HookPoint.LEASE4_RENEW);
        return any ? new LeaseSelectHooks(ctx) : LeaseReview.NONE;
    }

    @Override
    public Lease4 review(Lease4 lease, Subnet4 subnet, boolean fake, Lease4 renewed) {
        boolean renew = renewed != null && !fake;
        HookPoint point = renew ? HookPoint.LEASE4_RENEW : HookPoint.LEASE4_SELECT;
        if (!ctx.hooks.has(point)) {
            return lease;
        }
        PointHandle h = ctx.handle(point, null).arg(Arguments.SUBNET4, SubnetView4.class, new SubnetView(subnet))
                .arg(Arguments.LEASE4, Lease4.class, lease);
        if (renew) {
            h.arg(Arguments.CLIENTID, byte[].class, ctx.query.option(61)).arg(Arguments.HWADDR, byte[].class,
                    ctx.query.hwAddress());
        } else {
            h.arg(Arguments.FAKE_ALLOCATION, Boolean.class, fake);
        }
        NextStep step = h.call(ctx.hooks);
        if (step == NextStep.SKIP) {
            if (!renew) {
                throw new Skipped();
            }
            Loggers.HOOKS.debug("DHCPSRV_HOOK_LEASE4_RENEW_SKIP DHCPv4 lease was not renewed because a callout set "
                    + "the skip flag.");
            return renewed;
        }
        Lease4 changed = h.value(Arguments.LEASE4, Lease4.class);
        if (changed == null || changed.address() != lease.address()) {
            Loggers.HOOKS.warn("HOOKS_CALLOUT_ERROR a callout on hook {} replaced lease {} by {}: the address of a "
                    + "lease may not change there; the server's lease is kept", point.keaName(), lease.addressText(),
                    changed == null ? "nothing" : changed.addressText());
            return lease;
        }
        return changed;
    }
}
