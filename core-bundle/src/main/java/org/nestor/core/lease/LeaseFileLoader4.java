package org.nestor.core.lease;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one DHCPv4 memfile into a consumer, row by row, as Kea does: bad rows are logged and skipped, and loading
 * fails once more than {@code max-row-errors} rows were bad. A last row without its end of line is one a crash
 * tore while it was written: it is skipped.
 */
final class LeaseFileLoader4 {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcpsrv");

    private LeaseFileLoader4() {
    }

    /** What loading a file found out about it. */
    record Result(boolean headerCurrent, boolean olderSchema, int rows, int errors) {
    }

    /**
     * @param sink receives each good row's lease in file order (valid lifetime 0 = deleted)
     * @return what was found, or null when the file does not exist
     * @throws LeaseStoreException when the header is unusable or too many rows are bad
     */
    static Result load(Path file, long maxRowErrors, Consumer<Lease4> sink) {
        if (!Files.exists(file)) {
            return null;
        }
        LOG.info("DHCPSRV_MEMFILE_LEASE_FILE_LOAD loading leases from file {}", file);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            String header = in.readLine();
            if (header == null) {
                return new Result(true, false, 0, 0);
            }
            LeaseCsv4 csv;
            try {
                csv = LeaseCsv4.forHeader(header);
            } catch (IllegalArgumentException e) {
                throw new LeaseStoreException("Unable to open database: lease file " + file + ": "
                        + e.getMessage());
            }
            boolean terminated = endsWithNewline(file);
            int rowNo = 0;
            int errors = 0;
            String line = in.readLine();
            while (line != null) {
                String next = in.readLine();
                rowNo++;
                try {
                    if (next == null && !terminated) {
                        throw new IllegalArgumentException("incomplete last row (no end of line), torn by an "
                                + "interrupted write");
                    }
                    Lease4 lease = csv.parse(line);
                    LOG.debug("DHCPSRV_MEMFILE_LEASE_LOAD loading lease {}", lease);
                    sink.accept(lease);
                } catch (IllegalArgumentException e) {
                    errors++;
                    LOG.error("DHCPSRV_MEMFILE_LEASE_LOAD_ROW_ERROR discarding row {}, error: {}", rowNo,
                            e.getMessage());
                    if (maxRowErrors > 0 && errors > maxRowErrors) {
                        throw new LeaseStoreException("Unable to open database: exceeded maximum number of "
                                + "failures " + maxRowErrors + " to read a lease from the lease file " + file);
                    }
                }
                line = next;
            }
            return new Result(csv.isCurrent(), csv.isOlder(), rowNo, errors);
        } catch (IOException e) {
            throw new LeaseStoreException("Unable to open database: cannot read lease file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Cuts a torn last row off {@code file} so that the next appended row starts on its own line.
     *
     * @return whether anything was cut
     */
    static boolean truncateTornTail(Path file) throws IOException {
        if (!Files.exists(file) || endsWithNewline(file)) {
            return false;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pos = raf.length() - 1;
            while (pos >= 0) {
                raf.seek(pos);
                if (raf.read() == '\n') {
                    break;
                }
                pos--;
            }
            raf.setLength(pos + 1);
            raf.getFD().sync();
        }
        return true;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return true;
            }
            raf.seek(raf.length() - 1);
            return raf.read() == '\n';
        }
    }
}
