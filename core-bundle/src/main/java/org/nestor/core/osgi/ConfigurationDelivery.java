package org.nestor.core.osgi;

import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;

/**
 * Waits until Configuration Admin has delivered the configuration updates made so far. It registers a managed
 * service for a PID of its own and waits for that service's first {@code updated} call: Felix's Configuration Admin
 * makes these calls one at a time, on one thread, in the order they were queued, so the call comes after every
 * update queued before it has been handed to its service. The server uses it before its first line and after
 * changing the container's logging: pax-logging reconfigures inside its {@code updated} call, and lines logged
 * while it does are lost (DHCP4_STARTING was, at every start whose file has {@code loggers}, and the first lines of
 * a start without them once the core started at level 12, right after Configuration Admin).
 */
final class ConfigurationDelivery {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private ConfigurationDelivery() {
    }

    /** @return whether the updates made before this call were delivered within {@code timeoutMs} */
    static boolean awaitEarlierUpdates(BundleContext context, long timeoutMs) {
        CountDownLatch delivered = new CountDownLatch(1);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_PID, "org.nestor.configuration-delivery." + SEQUENCE.incrementAndGet());
        ServiceRegistration<ManagedService> probe = context.registerService(ManagedService.class,
                configuration -> delivered.countDown(), properties);
        try {
            return delivered.await(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            probe.unregister();
        }
    }
}
