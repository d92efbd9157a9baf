package org.nestor.core.lease;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.LeaseStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kea's memfile lease database for DHCPv4: every lease in memory (packed, indexed), every change appended to a
 * lease file in Kea 2.2's CSV format before the method returns, and Lease File Cleanup done in-process on a
 * background thread (no {@code kea-lfc} process is spawned; the file set is Kea's, so Kea can take over).
 * Thread-safe: lookups share a read lock, changes take the write lock only for the in-memory update and the
 * queuing of their row; waiting for the disk happens outside it, so concurrent writers share one fsync.
 */
public final class MemfileLeaseStore4 implements LeaseStore4, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcpsrv");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final LeaseIndex4 index = new LeaseIndex4();
    private final LeaseFileSet files;
    private final LeaseFileAppender appender;
    private final AtomicBoolean lfcRunning = new AtomicBoolean();
    private final ScheduledExecutorService lfcThread;

    private MemfileLeaseStore4(LeaseDatabaseConfig config, LeaseSanityChecker4 checker) throws IOException {
        if (!"memfile".equals(config.type())) {
            throw new LeaseStoreException("lease-database type '" + config.type() + "' is not memfile");
        }
        LOG.info("DHCPSRV_MEMFILE_DB opening memory file lease database: lfc-interval={} max-row-errors={} "
                        + "name={} persist={} type=memfile universe=4", config.lfcInterval(), config.maxRowErrors(),
                config.name(), config.persist());
        if (!config.persist()) {
            LOG.warn("DHCPSRV_MEMFILE_NO_STORAGE running in non-persistent mode, leases will be lost after restart");
            if (config.syncCommits()) {
                LOG.warn("NESTOR_MEMFILE_SYNC_COMMITS_IGNORED sync-commits has no effect: there is no lease file "
                        + "with persist false");
            }
            files = null;
            appender = null;
            lfcThread = null;
            return;
        }
        if (config.name() == null || config.name().isBlank()) {
            throw new LeaseStoreException("lease-database: 'name' (the lease file) is required with persist");
        }
        if (config.syncCommits()) {
            LOG.info("NESTOR_MEMFILE_SYNC_COMMITS leases are synced to {} before the replies granting them leave, "
                    + "commit delay {} ms", config.name(), config.syncCommitDelay());
        }
        files = new LeaseFileSet(Path.of(config.name()));
        Files.createDirectories(files.current.getParent());
        boolean convert = false;
        boolean newer = false;
        index.deferIndexing(expectedRows(files.loadOrder()));
        for (Path p : files.loadOrder()) {
            LeaseFileLoader4.Result r = LeaseFileLoader4.load(p, config.maxRowErrors(),
                    (address, record) -> apply(address, record, checker));
            if (r != null) {
                convert |= r.olderSchema();
                newer |= !r.headerCurrent() && !r.olderSchema() && p.equals(files.current);
            }
        }
        index.buildIndexes();
        LeaseFileLoader4.truncateTornTail(files.current);
        appender = new LeaseFileAppender(files.current, LeaseCsv4.HEADER, config.syncCommits(),
                config.syncCommitDelay());
        lfcThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nestor-lfc4");
            t.setDaemon(true);
            return t;
        });
        if (config.lfcInterval() > 0) {
            LOG.info("DHCPSRV_MEMFILE_LFC_SETUP setting up the Lease File Cleanup interval to {} sec",
                    config.lfcInterval());
            lfcThread.scheduleWithFixedDelay(this::runLfc, config.lfcInterval(), config.lfcInterval(),
                    TimeUnit.SECONDS);
        }
        if (convert || newer) {
            if (convert) {
                LOG.warn("DHCPSRV_MEMFILE_NEEDS_UPGRADING version of lease file: {} schema is earlier than "
                        + "version {}", files.current, LeaseCsv4.CURRENT_SCHEMA);
            } else {
                LOG.warn("DHCPSRV_MEMFILE_NEEDS_DOWNGRADING version of lease file: {} schema is later than "
                        + "version {}", files.current, LeaseCsv4.CURRENT_SCHEMA);
            }
            LOG.warn("DHCPSRV_MEMFILE_CONVERTING_LEASE_FILES running LFC now to convert lease files to the "
                    + "current schema: {}", LeaseCsv4.CURRENT_SCHEMA);
            runLfc();
        }
    }

    /**
     * Opens the store: loads the lease files in Kea's order, then appends to the lease file.
     *
     * @param config {@code lease-database}; type must be memfile
     * @param checker the {@code lease-checks} to apply to loaded leases
     * @throws LeaseStoreException when the files cannot be read or written, or too many rows are bad
     */
    public static MemfileLeaseStore4 open(LeaseDatabaseConfig config, LeaseSanityChecker4 checker) {
        try {
            return new MemfileLeaseStore4(config, checker);
        } catch (IOException e) {
            throw new LeaseStoreException("Unable to open database: " + e.getMessage(), e);
        }
    }

    /** Opens the store without lease sanity checks. */
    public static MemfileLeaseStore4 open(LeaseDatabaseConfig config) {
        return open(config, LeaseSanityChecker4.NONE);
    }

    /** @return the lease file, empty when not persisting */
    public Optional<Path> leaseFile() {
        return files == null ? Optional.empty() : Optional.of(files.current);
    }

    @Override
    public boolean add(Lease4 lease) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("DHCPSRV_MEMFILE_ADD_ADDR4 adding IPv4 lease with address {}", lease.addressText());
        }
        long seq;
        lock.writeLock().lock();
        try {
            if (index.contains(lease.address())) {
                return false;
            }
            index.put(lease);
            seq = persist(lease);
        } finally {
            lock.writeLock().unlock();
        }
        commit(seq);
        return true;
    }

    @Override
    public void update(Lease4 lease) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("DHCPSRV_MEMFILE_UPDATE_ADDR4 updating IPv4 lease for address {}", lease.addressText());
        }
        long seq;
        lock.writeLock().lock();
        try {
            if (!index.contains(lease.address())) {
                throw new LeaseStoreException("failed to update the lease with address " + lease.addressText()
                        + " - no such lease");
            }
            index.put(lease);
            seq = persist(lease);
        } finally {
            lock.writeLock().unlock();
        }
        commit(seq);
    }

    @Override
    public boolean delete(int address) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("DHCPSRV_MEMFILE_DELETE_ADDR deleting lease for address {}", Ipv4.toText(address));
        }
        long seq;
        lock.writeLock().lock();
        try {
            Lease4 old = index.get(address);
            if (old == null) {
                return false;
            }
            index.remove(address);
            seq = persist(old.withTimes(old.cltt(), 0));
        } finally {
            lock.writeLock().unlock();
        }
        commit(seq);
        return true;
    }

    @Override
    public Optional<Lease4> get(int address) {
        return read(() -> Optional.ofNullable(index.get(address)));
    }

    @Override
    public List<Lease4> getByHwAddress(byte[] hwAddress) {
        return read(() -> index.byHwAddress(hwAddress));
    }

    @Override
    public List<Lease4> getByClientId(byte[] clientId) {
        return read(() -> index.byClientId(clientId));
    }

    /** @return an unmodifiable snapshot that decodes each lease as it is read (a million leases cost 8 MB) */
    @Override
    public List<Lease4> getBySubnet(long subnetId) {
        return read(() -> index.bySubnet(subnetId));
    }

    /** @return an unmodifiable snapshot that decodes each lease as it is read */
    @Override
    public List<Lease4> getAll() {
        return read(() -> index.snapshot()).sortedByAddress().asList();
    }

    @Override
    public List<Lease4> getExpired(long nowSeconds, int max) {
        return read(() -> index.expired(nowSeconds, max, false));
    }

    @Override
    public int deleteReclaimedOlderThan(long nowSeconds, long seconds) {
        LOG.debug("DHCPSRV_MEMFILE_DELETE_EXPIRED_RECLAIMED4 deleting reclaimed IPv4 leases that expired more "
                + "than {} seconds ago", seconds);
        int deleted = 0;
        while (true) {
            List<Lease4> batch = read(() -> index.expired(nowSeconds - seconds - 1, 1000, true));
            if (batch.isEmpty()) {
                return deleted;
            }
            LOG.debug("DHCPSRV_MEMFILE_DELETE_EXPIRED_RECLAIMED_START starting deletion of {} expired-reclaimed "
                    + "leases", batch.size());
            for (Lease4 l : batch) {
                if (delete(l.address())) {
                    deleted++;
                }
            }
        }
    }

    @Override
    public int size() {
        return read(index::size);
    }

    @Override
    public List<Lease4> getPage(long afterAddress, int limit) {
        return read(() -> index.page(afterAddress, limit));
    }

    @Override
    public List<Lease4> getByHostname(String hostname) {
        return read(() -> index.byHostname(hostname));
    }

    /**
     * Kea's {@code lease4-write}: every lease, ordered by address, in Kea 2.2's lease file format, written beside
     * {@code file} and moved over it once on disk. The lease files of this store itself are refused.
     */
    @Override
    public void writeTo(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (files != null && files.all().contains(target)) {
            throw new LeaseStoreException("'" + file + "' is a lease file of the running server: choose another "
                    + "file name");
        }
        LeaseSnapshot4 sorted = read(index::snapshot).sortedByAddress();
        Path aside = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            LeaseFileWriter.write(aside, LeaseCsv4.HEADER, sorted.size(), i -> LeaseCsv4.format(sorted.lease(i)));
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException ignored) {
                // the write failure is what the operator needs to know
            }
            throw new LeaseStoreException("cannot write leases to '" + file + "': " + e, e);
        }
    }

    /**
     * Starts a Lease File Cleanup now: rotates the lease file (unless an earlier, interrupted cleanup left
     * {@code F.1}), then compacts on the background thread. Lease writes are blocked only for the rotation.
     *
     * @return completes when the cleanup has finished; already complete when one is running or not persisting
     */
    public CompletableFuture<Void> runLfc() {
        if (files == null || !lfcRunning.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        LOG.info("DHCPSRV_MEMFILE_LFC_START starting Lease File Cleanup");
        LeaseSnapshot4 snapshot;
        lock.writeLock().lock();
        try {
            if (!Files.exists(files.input)) {
                appender.rotate(files.input);
            }
            snapshot = index.snapshot();
        } catch (IOException | LeaseStoreException e) {
            LOG.error("DHCPSRV_MEMFILE_LFC_LEASE_FILE_RENAME_FAIL failed to rename the current lease file {} to "
                    + "{}, reason: {}", files.current, files.input, e.getMessage());
            lfcRunning.set(false);
            return CompletableFuture.failedFuture(e);
        } finally {
            lock.writeLock().unlock();
        }
        LOG.info("DHCPSRV_MEMFILE_LFC_EXECUTE executing Lease File Cleanup using: in-process cleanup (no kea-lfc "
                + "process) -4 -x {} -i {} -o {} -f {}", files.previous, files.input, files.output, files.completed);
        CompletableFuture<Void> done = new CompletableFuture<>();
        lfcThread.execute(() -> {
            try {
                LeaseSnapshot4 sorted = snapshot.sortedByAddress();
                LeaseFileCleanup.compact(files, LeaseCsv4.HEADER, sorted.size(),
                        i -> LeaseCsv4.format(sorted.lease(i)));
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                LOG.error("LFC_FAIL_PROCESS Process failed: {}", e.getMessage());
                done.completeExceptionally(e);
            } finally {
                lfcRunning.set(false);
            }
        });
        return done;
    }

    /** Finishes a running cleanup (waiting up to 60 s), writes what is queued and closes the lease file. */
    @Override
    public void close() {
        if (files == null) {
            return;
        }
        lfcThread.shutdown();
        try {
            lfcThread.awaitTermination(60, TimeUnit.SECONDS);
            appender.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new LeaseStoreException("cannot close lease file " + files.current + ": " + e.getMessage(), e);
        }
    }

    private void apply(int address, byte[] record, LeaseSanityChecker4 checker) {
        if (LeaseRecord4.validLifetime(record) == 0) {
            index.remove(address);
        } else if (checker.accepts(LeaseRecord4.subnetId(record), address)) {
            index.put(address, record);
        } else {
            Lease4 checked = checker.check(LeaseRecord4.decode(address, record));
            if (checked != null) {
                index.put(checked);
            }
        }
    }

    /** @return a guess of how many leases the files hold, from their size (Kea's rows are ~60 bytes) */
    private static int expectedRows(List<Path> paths) throws IOException {
        long bytes = 0;
        for (Path p : paths) {
            if (Files.exists(p)) {
                bytes += Files.size(p);
            }
        }
        return (int) Math.min(bytes / 64, 1 << 26);
    }

    private long persist(Lease4 lease) {
        return appender == null ? 0 : appender.append(sb -> LeaseCsv4.formatTo(sb, lease));
    }

    private void commit(long seq) {
        if (appender != null) {
            appender.commit(seq);
        }
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
