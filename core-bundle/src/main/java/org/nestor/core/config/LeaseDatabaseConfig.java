package org.nestor.core.config;

/**
 * {@code lease-database}.
 *
 * <p>{@code syncCommits} is a Nestor extension that must leave the file valid for Kea. Kea 2.2 refuses
 * {@code user-context} inside {@code lease-database} ({@code got unexpected keyword "user-context" in
 * lease-database map.}, checked with {@code kea-dhcp4 -t}), so Nestor reads it from the global user context,
 * which Kea accepts and ignores:
 * <pre>{@code "Dhcp4": { "user-context": { "nestor": { "sync-commits": true, "sync-commit-delay": 5 } }, ... }}</pre>
 * <p>A missing memfile {@code name} (Kea: {@code /var/lib/kea/kea-leases4.csv}) becomes
 * {@code <stateDirectory>/kea-leases4.csv}, the state directory being a parser option.
 *
 * @param type {@code memfile}, {@code postgresql} or {@code mysql}
 * @param persist memfile: write leases to disk
 * @param name memfile: the lease file path (default: Kea's, under the instance's state directory); SQL: db name
 * @param lfcInterval memfile: seconds between lease file cleanups, 0 = never
 * @param maxRowErrors memfile: abort loading after this many bad rows, 0 = no limit
 * @param syncCommits Nestor extension: fsync the lease file before a reply that grants a lease leaves
 *                    (batched across concurrent requests)
 * @param syncCommitDelay Nestor extension, with syncCommits: milliseconds a sync waits for more leases to cover
 *                        (a commit delay: fewer syncs per lease, replies later by up to that much); 0 = none
 */
public record LeaseDatabaseConfig(String type, boolean persist, String name, long lfcInterval, long maxRowErrors,
                                  boolean syncCommits, long syncCommitDelay) {
}
