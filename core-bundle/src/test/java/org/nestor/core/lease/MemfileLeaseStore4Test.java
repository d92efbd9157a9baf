package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.core.lease.TestLeases.lease;
import static org.nestor.core.lease.TestLeases.persistent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStoreException;

class MemfileLeaseStore4Test {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("kea-leases4.csv");
    }

    @Test
    void acknowledgedChangesSurviveACrashWithoutClose() {
        MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false));
        store.add(lease("192.0.2.1", 1, 1));
        store.add(lease("192.0.2.2", 2, 1));
        store.update(lease("192.0.2.1", 1, 1).withTimes(TestLeases.CLTT + 10, 7200));
        store.delete(Ipv4.parse("192.0.2.2"));
        // no close(): a fresh store reads what the first one acknowledged
        MemfileLeaseStore4 after = MemfileLeaseStore4.open(persistent(file(), false));
        assertEquals(1, after.size());
        assertEquals(7200, after.get(Ipv4.parse("192.0.2.1")).orElseThrow().validLifetime());
        store.close();
        after.close();
    }

    @Test
    void syncedCommitsFromManyThreadsAreAllOnDiskAfterReturn() throws Exception {
        MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), true));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int base = t * 50;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    store.add(lease(Ipv4.toText(Ipv4.parse("198.51.100.0") + base + i), i, 2));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(401, Files.readAllLines(file()).size());
        assertEquals(400, MemfileLeaseStore4.open(persistent(file(), false)).size());
        store.close();
    }

    @Test
    void deleteIsWrittenAsTheLeaseWithValidLifetimeZero() throws Exception {
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false))) {
            store.add(lease("192.0.2.1", 1, 1));
            assertTrue(store.delete(Ipv4.parse("192.0.2.1")));
            assertFalse(store.delete(Ipv4.parse("192.0.2.1")));
        }
        List<String> lines = Files.readAllLines(file());
        assertEquals(LeaseCsv4.HEADER, lines.get(0));
        assertEquals("192.0.2.1,1a:1b:1c:1d:1e:01,01:01,0," + TestLeases.CLTT + ",1,0,0,host1,0,", lines.get(2));
    }

    @Test
    void tornLastRowIsSkippedAndCutOffBeforeAppending() throws Exception {
        MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false));
        store.add(lease("192.0.2.1", 1, 1));
        store.add(lease("192.0.2.2", 2, 1));
        String text = Files.readString(file());
        Files.writeString(file(), text.substring(0, text.length() - 20));
        MemfileLeaseStore4 after = MemfileLeaseStore4.open(persistent(file(), false));
        assertEquals(1, after.size());
        after.add(lease("192.0.2.3", 3, 1));
        assertEquals(2, MemfileLeaseStore4.open(persistent(file(), false)).size());
        store.close();
        after.close();
    }

    @Test
    void lastRowPerAddressWinsAndBadRowsAreSkipped() throws Exception {
        Files.writeString(file(), LeaseCsv4.HEADER + "\n"
                + "192.0.2.1,1a:1b,,3600,1700003600,1,0,0,first,0,\n"
                + "192.0.2.1,1a:1b,,7200,1700007200,1,0,0,second,0,\n"
                + "192.0.2.9,zz,,3600,1700003600,1,0,0,bad,0,\n");
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false))) {
            assertEquals(1, store.size());
            assertEquals("second", store.get(Ipv4.parse("192.0.2.1")).orElseThrow().hostname());
        }
    }

    @Test
    void loadingStopsWhenBadRowsExceedMaxRowErrors() throws Exception {
        Files.writeString(file(), LeaseCsv4.HEADER + "\nbad\nbad2\n");
        LeaseDatabaseConfig one = new LeaseDatabaseConfig("memfile", true, file().toString(), 0, 1, false, 0);
        LeaseStoreException e = assertThrows(LeaseStoreException.class, () -> MemfileLeaseStore4.open(one));
        assertTrue(e.getMessage().contains("exceeded maximum number of failures 1"), e.getMessage());
        LeaseDatabaseConfig two = new LeaseDatabaseConfig("memfile", true, file().toString(), 0, 2, false, 0);
        MemfileLeaseStore4.open(two).close();
    }

    @Test
    void filesLoadInKeaOrderPreviousThenInputThenCurrent() throws Exception {
        String h = LeaseCsv4.HEADER + "\n";
        Files.writeString(dir.resolve("kea-leases4.csv.2"), h + "192.0.2.1,1a,,3600,1700003600,1,0,0,p2,0,\n"
                + "192.0.2.2,1a,,3600,1700003600,1,0,0,p2,0,\n");
        Files.writeString(dir.resolve("kea-leases4.csv.1"), h + "192.0.2.1,1a,,3600,1700003600,1,0,0,p1,0,\n");
        Files.writeString(file(), h + "192.0.2.2,1a,,0,1700000000,1,0,0,,0,\n");
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false))) {
            assertEquals(1, store.size());
            assertEquals("p1", store.get(Ipv4.parse("192.0.2.1")).orElseThrow().hostname());
        }
    }

    @Test
    void completedFileReplacesPreviousAndInputAfterCrashMidCleanup() throws Exception {
        String h = LeaseCsv4.HEADER + "\n";
        Files.writeString(dir.resolve("kea-leases4.csv.completed"), h + "192.0.2.1,1a,,3600,1700003600,1,0,0,c,0,\n");
        Files.writeString(dir.resolve("kea-leases4.csv.1"), h + "192.0.2.7,1a,,3600,1700003600,1,0,0,stale,0,\n");
        Files.writeString(file(), h + "192.0.2.3,1a,,3600,1700003600,1,0,0,f,0,\n");
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false))) {
            assertEquals(List.of("192.0.2.1", "192.0.2.3"),
                    store.getAll().stream().map(Lease4::addressText).toList());
        }
    }

    @Test
    void cleanupCompactsIntoPreviousFileAndKeepsWritingToAFreshFile() throws Exception {
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), true))) {
            for (int i = 1; i <= 5; i++) {
                store.add(lease("192.0.2." + i, i, 1));
                store.update(lease("192.0.2." + i, i, 1).withTimes(TestLeases.CLTT + 1, 3600));
            }
            store.delete(Ipv4.parse("192.0.2.5"));
            store.runLfc().get(30, TimeUnit.SECONDS);
            store.add(lease("192.0.2.9", 9, 1));
            assertEquals(5, Files.readAllLines(dir.resolve("kea-leases4.csv.2")).size());
            assertFalse(Files.exists(dir.resolve("kea-leases4.csv.1")));
            assertFalse(Files.exists(dir.resolve("kea-leases4.csv.completed")));
            assertEquals(2, Files.readAllLines(file()).size());
        }
        assertEquals(5, MemfileLeaseStore4.open(persistent(file(), false)).size());
    }

    @Test
    void olderSchemaFileIsConvertedByACleanupAtStart() throws Exception {
        Files.writeString(file(), "address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,"
                + "hostname\n192.0.2.21,1a:1b,,7200,1795335751,1,0,0,old\n");
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false))) {
            store.runLfc().get(30, TimeUnit.SECONDS);
            store.add(lease("192.0.2.22", 2, 1));
        }
        assertEquals(LeaseCsv4.HEADER, Files.readAllLines(file()).get(0));
        assertEquals(2, MemfileLeaseStore4.open(persistent(file(), false)).size());
    }

    @Test
    void withoutPersistNoFileIsWritten() {
        LeaseDatabaseConfig cfg = new LeaseDatabaseConfig("memfile", false, file().toString(), 0, 0, false, 0);
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(cfg)) {
            assertTrue(store.add(lease("192.0.2.1", 1, 1)));
            assertEquals(1, store.size());
        }
        assertFalse(Files.exists(file()));
    }

    @Test
    void lookupsByClientSubnetAndExpiryFindExactlyTheMatchingLeases() {
        LeaseDatabaseConfig cfg = new LeaseDatabaseConfig("memfile", false, null, 0, 0, false, 0);
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(cfg)) {
            store.add(lease("192.0.2.200", 1, 1));
            store.add(lease("192.0.2.3", 1, 2));
            store.add(lease("192.0.2.4", 2, 1).withTimes(TestLeases.CLTT - 7200, 3600));
            store.add(lease("203.0.113.1", 3, 1).withState(LeaseState.EXPIRED_RECLAIMED)
                    .withTimes(TestLeases.CLTT - 7200, 3600));
            assertFalse(store.add(lease("192.0.2.3", 9, 9)));
            assertEquals(2, store.getByHwAddress(lease("0.0.0.0", 1, 0).hwAddress()).size());
            assertEquals(List.of("192.0.2.4"), store.getByClientId(new byte[] {1, 2}).stream()
                    .map(Lease4::addressText).toList());
            assertEquals(List.of("192.0.2.4", "192.0.2.200", "203.0.113.1"), store.getBySubnet(1).stream()
                    .map(Lease4::addressText).toList());
            assertEquals(List.of("192.0.2.4"), store.getExpired(TestLeases.CLTT, 10).stream()
                    .map(Lease4::addressText).toList());
            assertEquals(1, store.deleteReclaimedOlderThan(TestLeases.CLTT, 3000));
            assertEquals(3, store.size());
            assertThrows(LeaseStoreException.class, () -> store.update(lease("192.0.2.99", 1, 1)));
        }
    }

    @Test
    void leasesLoadedFromAFileAreFoundByEveryIndexAndStayChangeable() {
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false))) {
            store.add(lease("192.0.2.200", 1, 1).withHostname("pc1", false, false));
            store.add(lease("192.0.2.3", 1, 2));
            store.add(lease("192.0.2.4", 2, 1).withTimes(TestLeases.CLTT - 7200, 3600));
            store.add(lease("203.0.113.1", 3, 1).withState(LeaseState.EXPIRED_RECLAIMED)
                    .withTimes(TestLeases.CLTT - 7200, 3600));
            store.add(lease("198.51.100.9", 1, 4));
            store.delete(Ipv4.parse("198.51.100.9"));
        }
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false))) {
            assertEquals(4, store.size());
            assertEquals(2, store.getByHwAddress(lease("0.0.0.0", 1, 0).hwAddress()).size());
            assertEquals(List.of("192.0.2.4"), store.getByClientId(new byte[] {1, 2}).stream()
                    .map(Lease4::addressText).toList());
            assertEquals(List.of("192.0.2.4", "192.0.2.200", "203.0.113.1"), store.getBySubnet(1).stream()
                    .map(Lease4::addressText).toList());
            assertEquals(List.of("192.0.2.200"), store.getByHostname("pc1").stream()
                    .map(Lease4::addressText).toList());
            assertEquals(List.of("192.0.2.4"), store.getExpired(TestLeases.CLTT, 10).stream()
                    .map(Lease4::addressText).toList());
            assertEquals(List.of("192.0.2.3", "192.0.2.4"), store.getPage(-1, 2).stream()
                    .map(Lease4::addressText).toList());
            assertEquals(1, store.deleteReclaimedOlderThan(TestLeases.CLTT, 3000));
            store.update(lease("192.0.2.3", 1, 2).withTimes(TestLeases.CLTT - 7200, 3600));
            assertEquals(List.of("192.0.2.3", "192.0.2.4"), store.getExpired(TestLeases.CLTT, 10).stream()
                    .map(Lease4::addressText).toList());
        }
    }

    @Test
    void sanityChecksFixOrDropLeasesOutsideTheirSubnet() throws Exception {
        Files.writeString(file(), LeaseCsv4.HEADER + "\n192.0.2.1,1a,,3600,1700003600,99,0,0,,0,\n"
                + "203.0.113.5,1a,,3600,1700003600,1,0,0,,0,\n", StandardCharsets.UTF_8);
        SubnetLookup4 subnets = new SubnetLookup4() {
            @Override
            public boolean contains(long subnetId, int address) {
                return subnetId == 1 && subnetIdFor(address) == 1;
            }

            @Override
            public long subnetIdFor(int address) {
                return (address & 0xffffff00) == Ipv4.parse("192.0.2.0") ? 1 : 0;
            }
        };
        LeaseSanityChecker4 fixDel = new LeaseSanityChecker4(LeaseChecks.parse("fix-del"), subnets);
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false), fixDel)) {
            assertEquals(1, store.size());
            assertEquals(1, store.get(Ipv4.parse("192.0.2.1")).orElseThrow().subnetId());
        }
        LeaseSanityChecker4 warn = new LeaseSanityChecker4(LeaseChecks.WARN, subnets);
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(file(), false), warn)) {
            assertEquals(2, store.size());
        }
    }
}
