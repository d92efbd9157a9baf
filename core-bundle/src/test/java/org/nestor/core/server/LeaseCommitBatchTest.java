package org.nestor.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.core.lease.MemfileLeaseStore4;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

class LeaseCommitBatchTest {
    @TempDir
    Path dir;

    @Test
    void aLoneDatagramAtALowRateWithoutACommitDelayIsSyncedAndSettledOnItsThreadBeforeEndReturns() throws Exception {
        Settlement s = grantInABatch(0, Long.MAX_VALUE);
        assertTrue(s.beforeEndReturned());
        assertTrue(s.synced());
        assertEquals(Thread.currentThread().getName(), s.thread());
    }

    @Test
    void onAWorkerOrWithDatagramsWaitingTheBatchIsSyncedAndSettledOnTheLeaseFilesSyncThread() throws Exception {
        Settlement s = grantInABatch(0, -1);
        assertTrue(s.synced());
        assertEquals("nestor-lease-sync", s.thread());
    }

    @Test
    void withACommitDelayTheReceivingThreadLeavesTheSyncToTheSyncThread() throws Exception {
        Settlement s = grantInABatch(1, Long.MAX_VALUE);
        assertFalse(s.beforeEndReturned());
        assertTrue(s.synced());
        assertEquals("nestor-lease-sync", s.thread());
    }

    @Test
    void datagramsComingFasterThanTheLastSyncTookLeaveTheNextSyncToTheSyncThread() throws Exception {
        try (MemfileLeaseStore4 store = synced(0)) {
            Settlement first = grantInABatch(store, 10, 1);
            assertTrue(first.beforeEndReturned());
            Settlement next = grantInABatch(store, 11, 0);
            assertTrue(next.synced());
            assertEquals("nestor-lease-sync", next.thread());
        }
    }

    private MemfileLeaseStore4 synced(long commitDelay) {
        return MemfileLeaseStore4.open(new LeaseDatabaseConfig("memfile", true, dir.resolve("leases.csv").toString(),
                0, 0, true, commitDelay));
    }

    /** Grants one lease inside a batch of a new synced store, ends the batch with {@code pace}. */
    private Settlement grantInABatch(long commitDelay, long pace) throws Exception {
        try (MemfileLeaseStore4 store = synced(commitDelay)) {
            return grantInABatch(store, 10, pace);
        }
    }

    private Settlement grantInABatch(MemfileLeaseStore4 store, int host, long pace) throws Exception {
        CompletableFuture<Boolean> synced = new CompletableFuture<>();
        String[] settledOn = new String[1];
        LeaseCommitBatch batch = new LeaseCommitBatch();
        batch.begin();
        store.add(new Lease4(Ipv4.parse("192.0.2." + host), new byte[] {0, 0, 0x5e, 0, 0x53, (byte) host}, null,
                3600, 1_700_000_000L, 1, false, false, "", LeaseState.DEFAULT, null, 0));
        batch.end(pace, ok -> {
            settledOn[0] = Thread.currentThread().getName();
            synced.complete(ok);
        });
        boolean beforeEndReturned = synced.isDone();
        boolean ok = synced.get(10, TimeUnit.SECONDS);
        assertTrue(Files.readString(dir.resolve("leases.csv")).contains("192.0.2." + host + ","));
        return new Settlement(beforeEndReturned, ok, settledOn[0]);
    }

    /** How a batch was settled: at once or later, whether its leases reached the disk, and on which thread. */
    private record Settlement(boolean beforeEndReturned, boolean synced, String thread) {
    }
}
