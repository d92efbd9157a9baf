package org.nestor.core.osgi;

import org.nestor.core.hooks.CommandHandlerBinder;
import org.nestor.core.hooks.CommandRegistry;
import org.nestor.hooks.api.CommandHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Feeds {@link CommandHandler} services, as they come and go, to the {@link CommandRegistry} service the control
 * plane publishes over its command dispatcher.
 */
@Component(immediate = true)
public final class CommandHandlerComponent {
    private final CommandHandlerBinder binder = new CommandHandlerBinder();

    @Reference
    CommandRegistry registry;

    @Activate
    void activate() {
        binder.attach(registry);
    }

    @Deactivate
    void deactivate() {
        binder.detach();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindHandler(CommandHandler handler) {
        binder.add(handler);
    }

    void unbindHandler(CommandHandler handler) {
        binder.remove(handler);
    }
}
