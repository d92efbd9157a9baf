package org.nestor.core.dhcp4;

import org.nestor.core.alloc.ClientIdentity;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.lease.Lease4;

/** Calls {@code lease4_release} and {@code lease4_decline} before the client's lease is changed. */
final class LeaseHooks {
    private LeaseHooks() {
    }

    /**
     * @param point {@code lease4_release} or {@code lease4_decline}
     * @param lease the lease the client releases or declines
     * @return whether the server changes the lease: false when a callout set SKIP or DROP (the lease is kept)
     */
    static boolean allow(QueryContext ctx, HookPoint point, Lease4 lease, ClientIdentity client) {
        if (!ctx.hooks.has(point) || !client.owns(lease)) {
            return true;
        }
        NextStep step = ctx.handle(point, null).arg(Arguments.LEASE4, Lease4.class, lease).call(ctx.hooks);
        if (step == NextStep.CONTINUE) {
            return true;
        }
        Loggers.HOOKS.debug("{} {}: {} of lease {} was skipped, because a callout set the next step to {}",
                point == HookPoint.LEASE4_RELEASE ? "DHCP4_HOOK_LEASE4_RELEASE_SKIP" : "DHCP4_HOOK_DECLINE_SKIP",
                ctx.label, point == HookPoint.LEASE4_RELEASE ? "release" : "decline", lease.addressText(), step);
        return false;
    }
}
