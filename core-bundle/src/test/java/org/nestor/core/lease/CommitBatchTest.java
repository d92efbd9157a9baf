package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitBatchTest {
    @TempDir
    Path dir;

    @Test
    void syncedRowsCommittedInABatchAreInTheFileBeforeAndAfterItCloses() throws IOException {
        Path file = dir.resolve("leases.csv");
        try (LeaseFileAppender appender = new LeaseFileAppender(file, "h", true)) {
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
}
