package org.nestor.core.config;

/**
 * One validated {@code option-data} entry, ready to send: its wire payload was computed from {@code data} and the
 * option's definition at configuration time, so nothing is parsed per packet.
 *
 * @param code option code
 * @param space option space ({@code dhcp4} for top-level options)
 * @param payload the option's wire payload (no code, no length)
 * @param alwaysSend send even when the client did not ask for it in option 55
 * @param neverSend never send, even when asked (Kea 2.4+)
 */
public record ConfiguredOption(int code, String space, byte[] payload, boolean alwaysSend, boolean neverSend) {
}
