package org.nestor.core.config;

import java.util.List;
import org.nestor.core.json.JsonObject;
import org.nestor.core.wire.options.OptionDefinitions;

/**
 * A validated {@code Dhcp4} configuration: what the server runs on. Built only by the parser; never changed after.
 *
 * @param subnets every subnet: those of shared networks first, then the global {@code subnet4} list (Kea's order)
 * @param sharedNetworks shared networks
 * @param globalOptions global option-data
 * @param optionDefinitions standard plus custom option definitions
 * @param clientClasses class definitions, in definition order
 * @param globalReservations global reservations
 * @param hostReservationIdentifiers identifier kinds tried, in order
 * @param globalParameters global values of the inheritable parameters (used when no subnet is selected)
 * @param interfacesConfig interfaces-config
 * @param leaseDatabase lease-database
 * @param expiredLeasesProcessing expired-leases-processing
 * @param echoClientId echo option 61 (RFC 6842)
 * @param declineProbationPeriod seconds a declined address is quarantined
 * @param serverTag server-tag
 * @param dhcp4o6Port dhcp4o6-port, 0 = off
 * @param multiThreading whether multi-threading is enabled
 * @param threadPoolSize thread-pool-size, 0 = auto
 * @param packetQueueSize packet-queue-size
 * @param parkedPacketLimit parked-packet-limit
 * @param loggers the raw {@code loggers} entries, validated
 * @param statisticDefaultSampleCount statistic-default-sample-count
 * @param statisticDefaultSampleAge statistic-default-sample-age
 * @param sanityLeaseChecks sanity-checks.lease-checks: none, warn, fix, fix-del, del
 * @param hooksLibraries hooks-libraries entries, in load order (added by the config work)
 * @param controlSocket control-socket, or null when not configured (added by the config work)
 * @param controlSockets Kea 2.7.2+/3.0 {@code control-sockets} entries (unix, http, https), empty when absent
 * @param source the whole parsed file ({@code {"Dhcp4": {...}}}) with positions, for config-get/config-write
 *               (added by the config work)
 */
public record Dhcp4Config(List<Subnet4> subnets, List<SharedNetwork4> sharedNetworks,
                          List<ConfiguredOption> globalOptions, OptionDefinitions optionDefinitions,
                          List<ClientClassDef> clientClasses, List<Reservation4> globalReservations,
                          List<HostIdentifierType> hostReservationIdentifiers, SubnetParameters4 globalParameters,
                          InterfacesConfig interfacesConfig, LeaseDatabaseConfig leaseDatabase,
                          ExpiredLeasesProcessing expiredLeasesProcessing, boolean echoClientId,
                          long declineProbationPeriod, String serverTag, long dhcp4o6Port, boolean multiThreading,
                          int threadPoolSize, int packetQueueSize, int parkedPacketLimit,
                          List<LoggerConfig> loggers, long statisticDefaultSampleCount,
                          long statisticDefaultSampleAge, String sanityLeaseChecks,
                          List<HookLibraryConfig> hooksLibraries, ControlSocketConfig controlSocket,
                          List<ControlSocketConfig> controlSockets, JsonObject source) {
}
