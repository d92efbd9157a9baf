package org.nestor.core.osgi;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A {@link BundleContext} that only records which services are registered and withdrawn (by interface name), in
 * order: enough for the server component, which registers services and reads nothing from its context.
 */
final class RecordingBundleContext {
    private final List<String> registered = new CopyOnWriteArrayList<>();

    /** @return the interface names registered and not withdrawn, in registration order */
    List<String> registered() {
        return List.copyOf(registered);
    }

    BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("registerService") && args[0] instanceof Class<?> type) {
                        registered.add(type.getName());
                        return registration(type.getName());
                    }
                    throw new UnsupportedOperationException("BundleContext." + method.getName());
                });
    }

    private ServiceRegistration<?> registration(String name) {
        return (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unregister")) {
                        registered.remove(name);
                        return null;
                    }
                    throw new UnsupportedOperationException("ServiceRegistration." + method.getName());
                });
    }
}
