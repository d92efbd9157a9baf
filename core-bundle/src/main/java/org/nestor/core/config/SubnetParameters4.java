package org.nestor.core.config;

/**
 * The inheritable parameters of a subnet, already resolved through subnet → shared network → global with Kea's
 * defaults, so the engine never walks the hierarchy per packet.
 *
 * @param valid valid lifetime triplet
 * @param renewTimer T1 in seconds, or null when not configured
 * @param rebindTimer T2 in seconds, or null when not configured
 * @param calculateTeeTimes derive T1/T2 from the granted lifetime
 * @param t1Percent T1 as a fraction of the valid lifetime
 * @param t2Percent T2 as a fraction of the valid lifetime
 * @param matchClientId use client-id (not chaddr) to find a client's lease
 * @param authoritative NAK requests for addresses the server does not know
 * @param nextServer siaddr, 0 when not set
 * @param serverHostname sname, empty when not set
 * @param bootFileName file, empty when not set
 * @param reservationsGlobal look up global reservations
 * @param reservationsInSubnet look up subnet reservations
 * @param reservationsOutOfPool reserved addresses are all outside pools
 * @param hostnameCharSet regular expression of characters to replace in host names, empty = no sanitising
 * @param hostnameCharReplacement replacement for those characters
 * @param offerLifetime Kea 2.4+ {@code offer-lifetime}, 0 when not set
 * @param storeExtendedInfo store relay information in the lease user context
 * @param ddnsQualifyingSuffix {@code ddns-qualifying-suffix}: appended to partial client names (Kea does so even
 *                             with DNS updates off), empty when not set
 */
public record SubnetParameters4(Lifetime valid, Long renewTimer, Long rebindTimer, boolean calculateTeeTimes,
                                double t1Percent, double t2Percent, boolean matchClientId, boolean authoritative,
                                int nextServer, String serverHostname, String bootFileName,
                                boolean reservationsGlobal, boolean reservationsInSubnet,
                                boolean reservationsOutOfPool, String hostnameCharSet,
                                String hostnameCharReplacement, long offerLifetime, boolean storeExtendedInfo,
                                String ddnsQualifyingSuffix) {
}
