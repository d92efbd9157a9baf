package org.nestor.hooks.api.lease;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Lease4Test {
    private final Lease4 lease = new Lease4(Ipv4.parse("192.0.2.100"), new byte[] {2, 0, 0, 0, 0, 1},
            new byte[] {1, 2, 0, 0, 0, 0, 1}, 4000, 1_700_000_000L, 1, false, false, "host", LeaseState.DEFAULT,
            null, 0);

    @Test
    void expiryIsClttPlusValidLifetime() {
        assertEquals(1_700_004_000L, lease.expire());
        assertFalse(lease.isExpired(1_700_003_999L));
        assertTrue(lease.isExpired(1_700_004_000L));
    }

    @Test
    void callersCannotChangeALeaseThroughItsArrays() {
        byte[] hw = lease.hwAddress();
        hw[0] = 9;
        assertArrayEquals(new byte[] {2, 0, 0, 0, 0, 1}, lease.hwAddress());
    }

    @Test
    void withMethodsReturnChangedCopiesAndLeaveTheOriginal() {
        Lease4 renewed = lease.withTimes(1_700_001_000L, 7200);
        assertEquals(1_700_008_200L, renewed.expire());
        assertEquals(1_700_004_000L, lease.expire());
        assertNotEquals(lease, renewed);
        assertEquals(LeaseState.DECLINED, lease.withState(LeaseState.DECLINED).state());
    }

    @Test
    void stateCodesAreKeasCodes() {
        assertEquals(0, LeaseState.DEFAULT.code());
        assertEquals(1, LeaseState.DECLINED.code());
        assertEquals(2, LeaseState.EXPIRED_RECLAIMED.code());
        assertEquals(LeaseState.DECLINED, LeaseState.fromCode(1));
    }

    @Test
    void aLeaseMadeOfRangesCopiesThemOnceAndEqualsTheSameLeaseMadeOfArrays() {
        byte[] packed = {7, 2, 0, 0, 0, 0, 1, 1, 2, 0, 0, 0, 0, 1, 7};
        Lease4 ranged = Lease4.ofRanges(Ipv4.parse("192.0.2.100"), packed, 1, 6, 7, 7, 4000, 1_700_000_000L, 1,
                false, false, "host", LeaseState.DEFAULT, null, 0);
        packed[1] = 9;
        packed[7] = 9;
        assertEquals(lease, ranged);
        assertArrayEquals(new byte[0], Lease4.ofRanges(1, packed, 0, 0, 0, 0, 1, 1, 1, false, false, "",
                LeaseState.DEFAULT, null, 0).clientId());
    }

    @Test
    void identifiersCompareWithoutCopies() {
        assertTrue(lease.hwAddressEquals(new byte[] {2, 0, 0, 0, 0, 1}));
        assertFalse(lease.hwAddressEquals(new byte[] {2, 0, 0, 0, 0, 2}));
        assertTrue(lease.clientIdEquals(new byte[] {1, 2, 0, 0, 0, 0, 1}));
        assertTrue(lease.hasClientId());
        assertFalse(lease.withClient(lease.hwAddress(), null).hasClientId());
    }
}
