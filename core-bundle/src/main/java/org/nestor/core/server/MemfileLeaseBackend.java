package org.nestor.core.server;

import java.util.List;
import java.util.function.Supplier;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Subnet4;
import org.nestor.core.hooks.CalloutTable;
import org.nestor.core.lease.LeaseChecks;
import org.nestor.core.lease.LeaseReclaimer;
import org.nestor.core.lease.LeaseSanityChecker4;
import org.nestor.core.lease.MemfileLeaseStore4;
import org.nestor.core.lease.SubnetLookup4;
import org.nestor.hooks.api.lease.LeaseStore4;

/** The memfile store with Kea's sanity checks on load and Kea's reclamation. */
final class MemfileLeaseBackend implements LeaseBackend {
    private final MemfileLeaseStore4 store;
    private final LeaseReclaimer reclaimer;

    private MemfileLeaseBackend(MemfileLeaseStore4 store, LeaseReclaimer reclaimer) {
        this.store = store;
        this.reclaimer = reclaimer;
    }

    /** Opens {@code lease-database} (memfile only for now; SQL backends are bundles to come). */
    static LeaseBackend open(Dhcp4Config config, ServerContext context) {
        return open(config, context, () -> CalloutTable.EMPTY);
    }

    /** As {@link #open(Dhcp4Config, ServerContext)}, reclamation calling the callouts of {@code callouts}. */
    static LeaseBackend open(Dhcp4Config config, ServerContext context, Supplier<CalloutTable> callouts) {
        String checks = config.sanityLeaseChecks() == null ? "warn" : config.sanityLeaseChecks();
        LeaseSanityChecker4 checker = new LeaseSanityChecker4(LeaseChecks.parse(checks),
                new ConfiguredSubnets(config.subnets()));
        MemfileLeaseStore4 store = MemfileLeaseStore4.open(config.leaseDatabase(), checker);
        return new MemfileLeaseBackend(store, new LeaseReclaimer(store, context.stats(),
                config.expiredLeasesProcessing(), context.clock(), callouts));
    }

    @Override
    public LeaseStore4 store() {
        return store;
    }

    @Override
    public void reclaimExpired() {
        reclaimer.runCycle();
    }

    @Override
    public void reclaimNow(boolean remove) {
        reclaimer.reclaimNow(remove);
    }

    @Override
    public void flushReclaimed() {
        reclaimer.flushReclaimed();
    }

    @Override
    public void close() {
        store.close();
    }

    /**
     * The configured subnets as the sanity checks see them: a loop over an array, the last subnet that matched
     * tried first (a lease file holds long runs of one subnet's leases), so that checking a million loaded leases
     * costs no stream or iterator per lease. Used by the loading thread only.
     */
    private static final class ConfiguredSubnets implements SubnetLookup4 {
        private final Subnet4[] subnets;
        private Subnet4 last;

        ConfiguredSubnets(List<Subnet4> subnets) {
            this.subnets = subnets.toArray(new Subnet4[0]);
        }

        @Override
        public boolean contains(long subnetId, int address) {
            if (last != null && last.id() == subnetId && last.inRange(address)) {
                return true;
            }
            for (Subnet4 s : subnets) {
                if (s.id() == subnetId && s.inRange(address)) {
                    last = s;
                    return true;
                }
            }
            return false;
        }

        @Override
        public long subnetIdFor(int address) {
            for (Subnet4 s : subnets) {
                if (s.inRange(address)) {
                    return s.id();
                }
            }
            return 0;
        }
    }
}
