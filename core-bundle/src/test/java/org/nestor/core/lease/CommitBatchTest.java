package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitBatchTest {
    @TempDir
    Path dir;

    @Test
    void syncedRowsCommittedInABatchAreInTheFileBeforeAndAfterItCloses() throws IOException {
        Path file = dir.resolve("leases.csv");
        try (LeaseFileAppender appender = new LeaseFileAppender(file, "h", true, 0)) {
            try (CommitBatch batch = CommitBatch.open()) {
                appender.commit(appender.append("a"));
                appender.commit(appender.append("b"));
                assertEquals(List.of("h", "a", "b"), Files.readAllLines(file));
                assertSame(batch, CommitBatch.current());
            }
            assertNull(CommitBatch.current());
            appender.commit(appender.append("c"));
            assertEquals(List.of("h", "a", "b", "c"), Files.readAllLines(file));
        }
    }

    @Test
    void aSecondBatchOnTheSameThreadIsRefused() {
        try (CommitBatch batch = CommitBatch.open()) {
            assertThrows(IllegalStateException.class, CommitBatch::open);
        }
        CommitBatch.open().close();
    }

    @Test
    void closingWithoutWaitingTellsWhenTheBatchIsOnDisk() throws Exception {
        Path file = dir.resolve("leases.csv");
        try (LeaseFileAppender appender = new LeaseFileAppender(file, "h", true, 0)) {
            CommitBatch batch = CommitBatch.open();
            appender.commit(appender.append("a"));
            CompletableFuture<Boolean> synced = new CompletableFuture<>();
            batch.closeThen(synced::complete);
            assertNull(CommitBatch.current());
            assertTrue(synced.get(10, TimeUnit.SECONDS));
            assertEquals(List.of("h", "a"), Files.readAllLines(file));
        }
    }

    @Test
    void batchesClosedDuringTheCommitDelayShareOneSyncAndWaitForIt() throws Exception {
        Path file = dir.resolve("leases.csv");
        CountDownLatch delaying = new CountDownLatch(1);
        CountDownLatch delayOver = new CountDownLatch(1);
        Runnable delay = () -> {
            delaying.countDown();
            awaitQuietly(delayOver);
        };
        try (LeaseFileAppender appender = new LeaseFileAppender(file, "h", true, delay)) {
            CompletableFuture<Boolean> first = closeThen(appender, "a");
            assertTrue(delaying.await(10, TimeUnit.SECONDS));
            CompletableFuture<Boolean> second = closeThen(appender, "b");
            assertFalse(first.isDone());
            assertFalse(second.isDone());
            delayOver.countDown();
            assertTrue(first.get(10, TimeUnit.SECONDS));
            assertTrue(second.get(10, TimeUnit.SECONDS));
            assertEquals(1, appender.syncs());
            assertEquals(List.of("h", "a", "b"), Files.readAllLines(file));
        }
    }

    @Test
    void closingTheFileDuringTheCommitDelaySettlesWhatWaits() throws Exception {
        Path file = dir.resolve("leases.csv");
        CountDownLatch delaying = new CountDownLatch(1);
        CountDownLatch delayOver = new CountDownLatch(1);
        CompletableFuture<Boolean> waiting;
        try (LeaseFileAppender appender = new LeaseFileAppender(file, "h", true, () -> {
            delaying.countDown();
            awaitQuietly(delayOver);
        })) {
            waiting = closeThen(appender, "a");
            assertTrue(delaying.await(10, TimeUnit.SECONDS));
        }
        assertTrue(waiting.get(10, TimeUnit.SECONDS));
        delayOver.countDown();
        assertEquals(List.of("h", "a"), Files.readAllLines(file));
    }

    private static CompletableFuture<Boolean> closeThen(LeaseFileAppender appender, String row) {
        CommitBatch batch = CommitBatch.open();
        appender.commit(appender.append(row));
        CompletableFuture<Boolean> synced = new CompletableFuture<>();
        batch.closeThen(synced::complete);
        return synced;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aBatchThatWroteNothingIsSettledAtOnce() {
        AtomicReference<Boolean> synced = new AtomicReference<>();
        CommitBatch.open().closeThen(synced::set);
        assertEquals(Boolean.TRUE, synced.get());
    }
}
