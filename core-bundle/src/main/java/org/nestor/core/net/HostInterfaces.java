package org.nestor.core.net;

import java.util.List;

/** The source of this host's interfaces; a seam so interface selection can be tested without real interfaces. */
@FunctionalInterface
public interface HostInterfaces {
    /** @return every interface of the host */
    List<HostInterface> list();
}
