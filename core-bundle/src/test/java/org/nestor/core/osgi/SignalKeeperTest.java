package org.nestor.core.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.server.ProcessSignals;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import sun.misc.Signal;

class SignalKeeperTest {
    private final List<BundleListener> listeners = new ArrayList<>();

    @Test
    void aBundleThatTakesSighupWhenItStartsGivesItBackToTheServer() {
        ProcessSignals signals = ProcessSignals.install(() -> { }, null);
        try (SignalKeeper keeper = SignalKeeper.watching(context(), signals)) {
            assertEquals(1, listeners.size());
            Signal.handle(new Signal("HUP"), signal -> { });

            listeners.get(0).bundleChanged(new BundleEvent(BundleEvent.STARTED, bundle("diagnostic")));

            assertEquals(List.of(), signals.takeBack(), "the server's handler is in place again");
        } finally {
            signals.close();
        }
        assertEquals(List.of(), listeners, "no longer watching once closed");
    }

    private BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "addBundleListener" -> listeners.add((BundleListener) args[0]);
                        case "removeBundleListener" -> listeners.remove((BundleListener) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    private Bundle bundle(String name) {
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getSymbolicName")) {
                        return name;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
