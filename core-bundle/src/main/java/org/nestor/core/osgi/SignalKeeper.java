package org.nestor.core.osgi;

import org.nestor.core.server.ProcessSignals;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server's process signals its own while other bundles start: a bundle started after the server may
 * install its own SIGHUP handler (Karaf's diagnostic feature makes SIGHUP write a dump), and an operator's
 * {@code kill -HUP} must still reload. Each time a bundle has started, handlers replaced since are taken back and
 * the replacement logged as DHCP4_SIGNAL_TAKEN_BACK.
 */
final class SignalKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final BundleContext context;
    private final BundleListener listener;

    private SignalKeeper(BundleContext context, ProcessSignals signals) {
        this.context = context;
        this.listener = event -> {
            if (event.getType() != BundleEvent.STARTED) {
                return;
            }
            for (String name : signals.takeBack()) {
                LOG.warn("DHCP4_SIGNAL_TAKEN_BACK bundle {} replaced the handler of SIG{}; the server handles it "
                        + "again", event.getBundle().getSymbolicName(), name);
            }
        };
    }

    /** @return a keeper of {@code signals} watching the bundles of {@code context}'s framework until closed */
    static SignalKeeper watching(BundleContext context, ProcessSignals signals) {
        SignalKeeper keeper = new SignalKeeper(context, signals);
        context.addBundleListener(keeper.listener);
        return keeper;
    }

    @Override
    public void close() {
        try {
            context.removeBundleListener(listener);
        } catch (IllegalStateException bundleStopping) {
            // the framework drops the listener with the bundle's context
        }
    }
}
