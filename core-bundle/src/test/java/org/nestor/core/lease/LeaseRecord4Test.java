package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

class LeaseRecord4Test {
    @Test
    void everyFieldSurvivesPackingWhateverItsWidth() {
        List<Lease4> leases = List.of(
                new Lease4(Ipv4.parse("192.0.2.1"), new byte[] {1, 2, 3, 4, 5, 6}, new byte[0], 3600, 1_700_000_000L,
                        1, false, false, "", LeaseState.DEFAULT, null, 0),
                new Lease4(-2, new byte[0], new byte[] {1, 9}, 0xffffffffL + 1, -5, 0xffffffffL, true, true,
                        "h\u00e9,st", LeaseState.EXPIRED_RECLAIMED, "{ \"a\": \"&\" }", 0xffffffffL),
                new Lease4(0, new byte[255], new byte[255], -1, Long.MAX_VALUE / 2, 7, true, false, "x".repeat(300),
                        LeaseState.DECLINED, "", 12));
        for (Lease4 l : leases) {
            byte[] r = LeaseRecord4.encode(l);
            Lease4 back = LeaseRecord4.decode(l.address(), r);
            assertEquals(l.address(), back.address());
            assertArrayEquals(l.hwAddress(), back.hwAddress());
            assertArrayEquals(l.clientId(), back.clientId());
            assertEquals(l.validLifetime(), back.validLifetime());
            assertEquals(l.cltt(), back.cltt());
            assertEquals(l.subnetId(), back.subnetId());
            assertEquals(l.fqdnForward(), back.fqdnForward());
            assertEquals(l.fqdnReverse(), back.fqdnReverse());
            assertEquals(l.hostname(), back.hostname());
            assertEquals(l.state(), back.state());
            assertEquals(l.userContext(), back.userContext());
            assertEquals(l.poolId(), back.poolId());
            assertEquals(l.expire(), LeaseRecord4.expire(r));
            assertEquals(l.subnetId(), LeaseRecord4.subnetId(r));
        }
    }

    @Test
    void aLeaseWithOnlyAMacPacksIntoTwentySevenBytes() {
        Lease4 l = new Lease4(1, new byte[6], new byte[0], 3600, 1_700_000_000L, 1, false, false, "",
                LeaseState.DEFAULT, null, 0);
        assertEquals(3 + 4 + 8 + 4 + 6 + 2, LeaseRecord4.encode(l).length);
    }
}
