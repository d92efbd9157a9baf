package org.nestor.core.config;

import java.util.List;

/**
 * {@code interfaces-config}.
 *
 * @param interfaces entries as written: {@code "*"}, {@code "eth0"} or {@code "eth0/192.0.2.1"}
 * @param socketType {@code raw} (Kea's default) or {@code udp}
 * @param outboundInterface {@code same-as-inbound} or {@code use-routing}
 * @param reDetect re-detect interfaces on reconfiguration
 * @param serviceSocketsRequireAll fail when any socket cannot be opened
 * @param serviceSocketsRetryWaitTime ms between retries
 * @param serviceSocketsMaxRetries retries, 0 = none
 */
public record InterfacesConfig(List<String> interfaces, String socketType, String outboundInterface,
                               boolean reDetect, boolean serviceSocketsRequireAll, long serviceSocketsRetryWaitTime,
                               long serviceSocketsMaxRetries) {
}
