package org.nestor.core.lease;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one DHCPv4 memfile into a sink of packed records, row by row, as Kea does: bad rows are logged and
 * skipped, and loading fails once more than {@code max-row-errors} rows were bad. Rows are read from the file's
 * bytes ({@link LeaseRowParser4}); only unusual ones are decoded to text and parsed by {@link LeaseCsv4}. A last row without its end of line is one a crash
 * tore while it was written: it is skipped.
 */
final class LeaseFileLoader4 {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcpsrv");

    private LeaseFileLoader4() {
    }

    /** What loading a file found out about it. */
    record Result(boolean headerCurrent, boolean olderSchema, int rows, int errors) {
    }

    /** Receives each good row of a lease file, in file order. */
    interface RowSink {
        /**
         * @param address the lease's address
         * @param record the lease packed by {@link LeaseRecord4} (valid lifetime 0 = the lease was deleted)
         */
        void row(int address, byte[] record);
    }

    /**
     * @param sink receives each good row's lease in file order
     * @return what was found, or null when the file does not exist
     * @throws LeaseStoreException when the header is unusable or too many rows are bad
     */
    static Result load(Path file, long maxRowErrors, RowSink sink) {
        if (!Files.exists(file)) {
            return null;
        }
        LOG.info("DHCPSRV_MEMFILE_LEASE_FILE_LOAD loading leases from file {}", file);
        try (LineReader in = new LineReader(Files.newInputStream(file))) {
            if (!in.next()) {
                return new Result(true, false, 0, 0);
            }
            LeaseCsv4 csv;
            try {
                csv = LeaseCsv4.forHeader(in.text());
            } catch (IllegalArgumentException e) {
                throw new LeaseStoreException("Unable to open database: lease file " + file + ": "
                        + e.getMessage());
            }
            LeaseRowParser4 fast = new LeaseRowParser4(csv);
            boolean terminated = endsWithNewline(file);
            int rowNo = 0;
            int errors = 0;
            while (in.next()) {
                rowNo++;
                try {
                    if (in.isLast() && !terminated) {
                        throw new IllegalArgumentException("incomplete last row (no end of line), torn by an "
                                + "interrupted write");
                    }
                    byte[] record = fast.parse(in.buffer(), in.from(), in.to());
                    int address = fast.address();
                    if (record == null) {
                        Lease4 lease = csv.parse(in.text());
                        record = LeaseRecord4.encode(lease);
                        address = lease.address();
                    }
                    if (LOG.isDebugEnabled()) {
                        LOG.debug("DHCPSRV_MEMFILE_LEASE_LOAD loading lease {}", LeaseRecord4.decode(address, record));
                    }
                    sink.row(address, record);
                } catch (IllegalArgumentException e) {
                    errors++;
                    LOG.error("DHCPSRV_MEMFILE_LEASE_LOAD_ROW_ERROR discarding row {}, error: {}", rowNo,
                            e.getMessage());
                    if (maxRowErrors > 0 && errors > maxRowErrors) {
                        throw new LeaseStoreException("Unable to open database: exceeded maximum number of "
                                + "failures " + maxRowErrors + " to read a lease from the lease file " + file);
                    }
                }
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
