package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.core.lease.TestLeases.lease;
import static org.nestor.core.lease.TestLeases.persistent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStoreException;

/** What lease-cmds needs of memfile beyond the engine: paging, host names, writing a copy of the leases. */
class MemfileLeaseCommandsSupportTest {
    @TempDir
    Path dir;

    private MemfileLeaseStore4 storeWith(String... addresses) {
        MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(dir.resolve("kea-leases4.csv"), false));
        int client = 1;
        for (String a : addresses) {
            store.add(lease(a, client++, 1));
        }
        return store;
    }

    private static List<String> addresses(List<Lease4> leases) {
        return leases.stream().map(Lease4::addressText).toList();
    }

    @Test
    void pagesWalkAllLeasesInUnsignedAddressOrder() {
        try (MemfileLeaseStore4 store = storeWith("203.0.113.1", "10.0.0.1", "192.0.2.7", "255.255.255.254",
                "192.0.2.3")) {
            List<Lease4> first = store.getPage(-1, 2);
            assertEquals(List.of("10.0.0.1", "192.0.2.3"), addresses(first));
            long after = Integer.toUnsignedLong(first.get(1).address());
            assertEquals(List.of("192.0.2.7", "203.0.113.1"), addresses(store.getPage(after, 2)));
            assertEquals(List.of("255.255.255.254"),
                    addresses(store.getPage(Integer.toUnsignedLong(Ipv4.parse("203.0.113.1")), 2)));
            assertTrue(store.getPage(Integer.toUnsignedLong(Ipv4.parse("255.255.255.254")), 2).isEmpty());
        }
    }

    @Test
    void pageStartsAfterAnAddressThatHasNoLease() {
        try (MemfileLeaseStore4 store = storeWith("192.0.2.1", "192.0.2.9")) {
            assertEquals(List.of("192.0.2.9"),
                    addresses(store.getPage(Integer.toUnsignedLong(Ipv4.parse("192.0.2.5")), 10)));
        }
    }

    @Test
    void deletedLeasesLeaveThePagesAndTheHostnameIndex() {
        try (MemfileLeaseStore4 store = storeWith("192.0.2.1", "192.0.2.2")) {
            store.delete(Ipv4.parse("192.0.2.1"));
            assertEquals(List.of("192.0.2.2"), addresses(store.getPage(-1, 10)));
            assertTrue(store.getByHostname("host1").isEmpty());
        }
    }

    @Test
    void hostnameLookupFindsEveryLeaseWithThatNameAndFollowsUpdates() {
        try (MemfileLeaseStore4 store = storeWith("192.0.2.1", "192.0.2.2", "192.0.2.3")) {
            Lease4 second = store.get(Ipv4.parse("192.0.2.2")).orElseThrow();
            store.update(second.withHostname("host1", false, false));
            assertEquals(List.of("192.0.2.1", "192.0.2.2"), addresses(store.getByHostname("host1")));
            assertEquals(List.of("192.0.2.3"), addresses(store.getByHostname("host3")));
            assertTrue(store.getByHostname("host2").isEmpty());
            assertTrue(store.getByHostname("").isEmpty());
        }
    }

    @Test
    void writtenFileIsAKeaLeaseFileThatLoadsToTheSameLeases() throws Exception {
        try (MemfileLeaseStore4 store = storeWith("192.0.2.9", "192.0.2.1")) {
            Path copy = dir.resolve("copy.csv");
            store.writeTo(copy);
            List<String> lines = Files.readAllLines(copy);
            assertEquals(LeaseCsv4.HEADER, lines.get(0));
            assertEquals(3, lines.size());
            assertTrue(lines.get(1).startsWith("192.0.2.1,"));
            assertFalse(Files.exists(dir.resolve("copy.csv.tmp")));
            try (MemfileLeaseStore4 loaded = MemfileLeaseStore4.open(persistent(copy, false))) {
                assertEquals(store.getAll(), loaded.getAll());
            }
        }
    }

    @Test
    void writingOverTheRunningLeaseFileIsRefused() {
        try (MemfileLeaseStore4 store = storeWith("192.0.2.1")) {
            LeaseStoreException e = assertThrows(LeaseStoreException.class,
                    () -> store.writeTo(dir.resolve("kea-leases4.csv")));
            assertTrue(e.getMessage().contains("lease file of the running server"), e.getMessage());
            assertEquals(1, store.size());
        }
    }

    @Test
    void writingIntoAMissingDirectoryFailsWithTheReason() {
        try (MemfileLeaseStore4 store = storeWith("192.0.2.1")) {
            LeaseStoreException e = assertThrows(LeaseStoreException.class,
                    () -> store.writeTo(dir.resolve("no/such/dir/copy.csv")));
            assertTrue(e.getMessage().startsWith("cannot write leases to"), e.getMessage());
        }
    }
}
