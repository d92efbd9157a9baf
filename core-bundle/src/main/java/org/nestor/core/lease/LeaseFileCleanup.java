package org.nestor.core.lease;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nestor's in-process equivalent of {@code kea-lfc}: no process is spawned. The server has already moved
 * {@code F} to {@code F.1} and taken a snapshot of its leases at that instant, which is exactly the content of
 * {@code F.2} + {@code F.1} with deleted leases dropped (expired leases are kept, as kea-lfc keeps them). This
 * writes it to {@code F.output}, renames that to {@code F.completed}, deletes {@code F.2} and {@code F.1} and
 * renames {@code F.completed} to {@code F.2}, syncing at each step so a crash anywhere leaves a loadable set.
 */
final class LeaseFileCleanup {
    private static final Logger LOG = LoggerFactory.getLogger("kea-lfc");

    private LeaseFileCleanup() {
    }

    /**
     * @param files the file set
     * @param header the header to write
     * @param size number of rows
     * @param row the CSV row of lease {@code i}
     */
    static void compact(LeaseFileSet files, String header, int size, IntFunction<String> row)
            throws IOException {
        LOG.info("LFC_START Starting lease file cleanup");
        LOG.info("LFC_PROCESSING Previous file: {}, copy file: {}", files.previous, files.input);
        LeaseFileWriter.write(files.output, header, size, row);
        LOG.info("LFC_WRITE_STATS Leases: {}, attempts: {}, errors: {}.", size, size, 0);
        LOG.info("LFC_ROTATING LFC rotating files");
        Files.move(files.output, files.completed, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        files.syncDirectory();
        Files.deleteIfExists(files.previous);
        Files.deleteIfExists(files.input);
        Files.move(files.completed, files.previous, StandardCopyOption.ATOMIC_MOVE);
        files.syncDirectory();
        LOG.info("LFC_TERMINATE LFC finished processing");
    }
}
