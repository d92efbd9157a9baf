package org.nestor.core.net;

import java.util.List;

/** The source of this host's interfaces; a seam so interface selection can be tested without real interfaces. */
@FunctionalInterface
public interface HostInterfaces {
    /** @return every interface of the host */
    List<HostInterface> list();

    /**
     * @return a source that always answers {@code detected}: the interfaces as an earlier detection saw them, for a
     *         reconfiguration with {@code re-detect: false}
     */
    static HostInterfaces fixed(List<HostInterface> detected) {
        List<HostInterface> copy = List.copyOf(detected);
        return () -> copy;
    }
}
