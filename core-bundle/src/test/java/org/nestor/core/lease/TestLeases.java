package org.nestor.core.lease;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

/** Leases, configs and a settable clock for the lease tests. */
final class TestLeases {
    static final long CLTT = 1_700_000_000L;

    private TestLeases() {
    }

    static Lease4 lease(String address, int client, long subnet) {
        return new Lease4(Ipv4.parse(address), new byte[] {0x1a, 0x1b, 0x1c, 0x1d, 0x1e, (byte) client},
                new byte[] {1, (byte) client}, 3600, CLTT, subnet, false, false, "host" + client,
                LeaseState.DEFAULT, null, 0);
    }

    static LeaseDatabaseConfig persistent(Path file, boolean sync) {
        return new LeaseDatabaseConfig("memfile", true, file.toString(), 0, 0, sync, 0);
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(long epochSeconds) {
            now = Instant.ofEpochSecond(epochSeconds);
        }

        void advanceSeconds(long s) {
            now = now.plusSeconds(s);
        }

        void advanceMillis(long ms) {
            now = now.plusMillis(ms);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
