package org.nestor.hooks.api;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Kea's hook points (2.2 – 2.6), named as Kea names them ({@link #keaName()}: {@code PKT4_RECEIVE} is
 * {@code pkt4_receive}), with the next steps each one honours. The DHCPv4 points are called by the server; the
 * DHCPv6 points are declared for the DHCPv6 server and not called yet.
 */
public enum HookPoint {
    /** Configuration applied; DROP aborts it (the callout sets the {@code error} argument). */
    DHCP4_SRV_CONFIGURED(Family.V4, NextStep.DROP),
    /** Raw query before decoding; SKIP: the server does not parse (the callout did), DROP: dropped. */
    BUFFER4_RECEIVE(Family.V4, NextStep.SKIP, NextStep.DROP),
    /** Decoded query; SKIP or DROP: dropped. */
    PKT4_RECEIVE(Family.V4, NextStep.SKIP, NextStep.DROP),
    /** Subnet chosen ({@code subnet4} in/out, may be null); SKIP: no subnet, DROP: dropped. */
    SUBNET4_SELECT(Family.V4, NextStep.SKIP, NextStep.DROP),
    /** Flex-id identifier ({@code id_type}, {@code id_value}); any step other than CONTINUE: identifier ignored. */
    HOST4_IDENTIFIER(Family.V4, NextStep.SKIP, NextStep.DROP),
    /** New lease chosen ({@code lease4} in/out, {@code fake_allocation}); SKIP: no lease is assigned. */
    LEASE4_SELECT(Family.V4, NextStep.SKIP),
    /** Client's lease extended ({@code lease4} in/out); SKIP: the stored lease is not updated. */
    LEASE4_RENEW(Family.V4, NextStep.SKIP),
    /** DHCPRELEASE of a lease; SKIP or DROP: the lease is kept. */
    LEASE4_RELEASE(Family.V4, NextStep.SKIP, NextStep.DROP),
    /** DHCPDECLINE of a lease; SKIP or DROP: the lease is not declined. */
    LEASE4_DECLINE(Family.V4, NextStep.SKIP, NextStep.DROP),
    /** Lease changes of a REQUEST, RELEASE or DECLINE written; DROP: no response, PARK: held (HA). */
    LEASES4_COMMITTED(Family.V4, NextStep.DROP, NextStep.PARK),
    /** Lease offered to a DISCOVER (Kea 2.5+); DROP: no offer, PARK: held (ping check). */
    LEASE4_OFFER(Family.V4, NextStep.DROP, NextStep.PARK),
    /**
     * Lease declined by the server after a {@code lease4_offer} callout found its address in use (Kea 2.5+):
     * {@code query4} and {@code lease4} (the DECLINED lease as written); status ignored.
     */
    LEASE4_SERVER_DECLINE(Family.V4),
    /** Response built ({@code response4} in/out); SKIP: the callout packed it, DROP: not sent, PARK: held. */
    PKT4_SEND(Family.V4, NextStep.SKIP, NextStep.DROP, NextStep.PARK),
    /** Packed response; SKIP or DROP: not sent. */
    BUFFER4_SEND(Family.V4, NextStep.SKIP, NextStep.DROP),
    /** Lease expired ({@code lease4}, {@code remove_lease}); SKIP: the callout reclaimed it. */
    LEASE4_EXPIRE(Family.V4, NextStep.SKIP),
    /** Declined lease leaving probation; SKIP: recovery skipped. */
    LEASE4_RECOVER(Family.V4, NextStep.SKIP),
    /** DDNS update about to be sent; status ignored. */
    DDNS4_UPDATE(Family.V4),
    /** Configuration backend update; status ignored. */
    CB4_UPDATED(Family.V4),

    /** DHCPv6 counterpart of {@link #DHCP4_SRV_CONFIGURED}. */
    DHCP6_SRV_CONFIGURED(Family.V6, NextStep.DROP),
    /** DHCPv6 counterpart of {@link #BUFFER4_RECEIVE}. */
    BUFFER6_RECEIVE(Family.V6, NextStep.SKIP, NextStep.DROP),
    /** DHCPv6 counterpart of {@link #PKT4_RECEIVE}. */
    PKT6_RECEIVE(Family.V6, NextStep.SKIP, NextStep.DROP),
    /** DHCPv6 counterpart of {@link #SUBNET4_SELECT}. */
    SUBNET6_SELECT(Family.V6, NextStep.SKIP, NextStep.DROP),
    /** DHCPv6 counterpart of {@link #HOST4_IDENTIFIER}. */
    HOST6_IDENTIFIER(Family.V6, NextStep.SKIP, NextStep.DROP),
    /** DHCPv6 counterpart of {@link #LEASE4_SELECT}. */
    LEASE6_SELECT(Family.V6, NextStep.SKIP),
    /** DHCPv6 RENEW of a lease. */
    LEASE6_RENEW(Family.V6, NextStep.SKIP),
    /** DHCPv6 REBIND of a lease. */
    LEASE6_REBIND(Family.V6, NextStep.SKIP),
    /** DHCPv6 RELEASE; SKIP or DROP: lease kept. */
    LEASE6_RELEASE(Family.V6, NextStep.SKIP, NextStep.DROP),
    /** DHCPv6 DECLINE; SKIP: not written but answered, DROP: no change, no reply. */
    LEASE6_DECLINE(Family.V6, NextStep.SKIP, NextStep.DROP),
    /** DHCPv6 counterpart of {@link #LEASES4_COMMITTED}. */
    LEASES6_COMMITTED(Family.V6, NextStep.DROP, NextStep.PARK),
    /** DHCPv6 counterpart of {@link #PKT4_SEND}. */
    PKT6_SEND(Family.V6, NextStep.SKIP, NextStep.DROP, NextStep.PARK),
    /** DHCPv6 counterpart of {@link #BUFFER4_SEND}. */
    BUFFER6_SEND(Family.V6, NextStep.SKIP, NextStep.DROP),
    /** DHCPv6 counterpart of {@link #LEASE4_EXPIRE}. */
    LEASE6_EXPIRE(Family.V6, NextStep.SKIP),
    /** DHCPv6 counterpart of {@link #LEASE4_RECOVER}. */
    LEASE6_RECOVER(Family.V6, NextStep.SKIP),
    /** DHCPv6 counterpart of {@link #DDNS4_UPDATE}. */
    DDNS6_UPDATE(Family.V6),
    /** DHCPv6 counterpart of {@link #CB4_UPDATED}. */
    CB6_UPDATED(Family.V6),

    /** After every control command ({@code name}, {@code arguments}, {@code response} in/out); status ignored. */
    COMMAND_PROCESSED(Family.ANY);

    /** Which server calls a point. */
    public enum Family {
        /** The DHCPv4 server. */
        V4,
        /** The DHCPv6 server. */
        V6,
        /** Every server. */
        ANY
    }

    private static final Map<String, HookPoint> BY_NAME = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(HookPoint::keaName, Function.identity()));

    private final Family family;
    private final Set<NextStep> steps;
    private final String keaName;

    HookPoint(Family family, NextStep... honoured) {
        this.family = family;
        EnumSet<NextStep> s = EnumSet.of(NextStep.CONTINUE, honoured);
        this.steps = Set.copyOf(s);
        this.keaName = name().toLowerCase(Locale.ROOT);
    }

    /** @return the name Kea gives the point, the value of a callout's {@link Callout#HOOK_POINT} property */
    public String keaName() {
        return keaName;
    }

    /** @return which server calls the point */
    public Family family() {
        return family;
    }

    /** @return whether the point gives {@code step} a meaning (otherwise the step counts as CONTINUE) */
    public boolean honours(NextStep step) {
        return steps.contains(step);
    }

    /** @return the step as the point applies it: itself when honoured, else CONTINUE */
    public NextStep effective(NextStep step) {
        return honours(step) ? step : NextStep.CONTINUE;
    }

    /** @return the point Kea names {@code name}, empty for an unknown name */
    public static Optional<HookPoint> byKeaName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }
}
