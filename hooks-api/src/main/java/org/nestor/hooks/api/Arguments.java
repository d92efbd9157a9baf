package org.nestor.hooks.api;

/**
 * Kea's argument names and the Java type of each, for {@link CalloutHandle#get} and {@link CalloutHandle#set}.
 * Packets are {@link org.nestor.hooks.api.packet.Packet4} views (read-write), leases are immutable
 * {@link org.nestor.hooks.api.lease.Lease4} values (replace them with {@code set}), subnets are
 * {@link org.nestor.hooks.api.packet.SubnetView4}.
 */
public final class Arguments {
    /** The query ({@code Packet4}); raw and undecoded at {@code buffer4_receive}. */
    public static final String QUERY4 = "query4";
    /** The response ({@code Packet4}); packed at {@code buffer4_send}. */
    public static final String RESPONSE4 = "response4";
    /** The selected subnet ({@code SubnetView4}), null when none. */
    public static final String SUBNET4 = "subnet4";
    /** The subnets a {@code subnet4_select} callout may choose from ({@code java.util.List<SubnetView4>}). */
    public static final String SUBNET4_COLLECTION = "subnet4collection";
    /** One lease ({@code Lease4}). */
    public static final String LEASE4 = "lease4";
    /** The leases written ({@code java.util.List<Lease4>}). */
    public static final String LEASES4 = "leases4";
    /** The leases deleted ({@code java.util.List<Lease4>}). */
    public static final String DELETED_LEASES4 = "deleted_leases4";
    /** Whether the lease is only proposed, true on DISCOVER ({@code Boolean}). */
    public static final String FAKE_ALLOCATION = "fake_allocation";
    /** The client's hardware address ({@code byte[]}). */
    public static final String HWADDR = "hwaddr";
    /** The client identifier ({@code byte[]}, null when absent). */
    public static final String CLIENTID = "clientid";
    /** Set by an expire callout: delete the lease rather than keep it reclaimed ({@code Boolean}). */
    public static final String REMOVE_LEASE = "remove_lease";
    /** Flex-id identifier type ({@code String}). */
    public static final String ID_TYPE = "id_type";
    /** Flex-id identifier value ({@code byte[]}). */
    public static final String ID_VALUE = "id_value";
    /** A control command's name ({@code String}). */
    public static final String NAME = "name";
    /** A control command's arguments ({@code java.util.Map<String, Object>}, null when none). */
    public static final String ARGUMENTS = "arguments";
    /** A control command's answer ({@code java.util.Map<String, Object>}). */
    public static final String RESPONSE = "response";
    /** The configuration as JSON text ({@code String}) at {@code dhcp4_srv_configured}. */
    public static final String JSON_CONFIG = "json_config";
    /** Why a {@code dhcp4_srv_configured} callout refused the configuration ({@code String}). */
    public static final String ERROR = "error";
    /**
     * The applied {@code Dhcp4} map at {@code dhcp4_srv_configured} ({@code java.util.Map<String, Object>}, JSON
     * values as {@link HookLibrary#load} receives them); read-only.
     */
    public static final String SERVER_CONFIG = "server_config";
    /** The DHCP service's state at {@code dhcp4_srv_configured} ({@link NetworkState}): HA disables and enables it. */
    public static final String NETWORK_STATE = "network_state";
    /** The offer's {@code offer-lifetime} in seconds at {@code lease4_offer} ({@code Long}, 0 when not set). */
    public static final String OFFER_LIFETIME = "offer_lifetime";
    /** The client's previous lease at {@code lease4_offer} ({@code Lease4}, null when none is known). */
    public static final String OLD_LEASE = "old_lease";
    /**
     * Set by a {@code lease4_offer} callout (before it resumes a parked offer) when the offered address answered a
     * probe ({@code Boolean}): the OFFER is not sent and the address is declined for {@code decline-probation-period}
     * (then {@code lease4_server_decline}).
     */
    public static final String OFFER_ADDRESS_IN_USE = "offer_address_in_use";

    private Arguments() {
    }
}
