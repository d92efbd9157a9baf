package org.nestor.core.config;

/**
 * {@code lease-database}.
 *
 * @param type {@code memfile}, {@code postgresql} or {@code mysql}
 * @param persist memfile: write leases to disk
 * @param name memfile: the lease file path (default: Kea's, under the instance's state directory); SQL: db name
 * @param lfcInterval memfile: seconds between lease file cleanups, 0 = never
 * @param maxRowErrors memfile: abort loading after this many bad rows, 0 = no limit
 * @param syncCommits Nestor extension: fsync the lease file before a reply that grants a lease leaves
 *                    (batched across concurrent requests)
 */
public record LeaseDatabaseConfig(String type, boolean persist, String name, long lfcInterval, long maxRowErrors,
                                  boolean syncCommits) {
}
