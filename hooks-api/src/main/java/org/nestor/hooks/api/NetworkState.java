package org.nestor.hooks.api;

/**
 * The DHCP service's enabled state, shared by the operator's {@code dhcp-disable}/{@code dhcp-enable} and by hook
 * libraries (HA disables the service while it synchronises). The service serves only when no origin holds it
 * disabled. Thread-safe. Given to callouts as {@link Arguments#NETWORK_STATE} at {@code dhcp4_srv_configured}.
 */
public interface NetworkState {
    /** The origin of the operator's commands ({@code dhcp-disable} without an origin). */
    String USER = "user";
    /** The origin of HA (Kea 2.2's {@code ha-partner}). */
    String HA_PARTNER = "ha-partner";

    /** @return whether the service answers clients now */
    boolean isServiceEnabled();

    /**
     * @param origin who disables it: {@link #USER} or {@link #HA_PARTNER}
     * @throws IllegalArgumentException for another origin
     */
    void disableService(String origin);

    /** Releases {@code origin}'s hold; the service serves again once no origin holds it disabled. */
    void enableService(String origin);
}
