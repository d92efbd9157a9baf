package org.nestor.core.osgi;

import org.nestor.core.cli.CompilerThreadPriority;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Raises the JIT compiler threads, lowered by {@code ContainerMain} for the boot, back to their normal priority
 * when the framework reports its start level reached ({@code STARTLEVEL_CHANGED}). Karaf's launcher starts the
 * framework at its lock level, then, holding the lock, asks for the full level (100): that request's completion,
 * every boot bundle started, is the event this waits for (the framework's {@code STARTED} comes before the core
 * starts). {@code ContainerMain} restores them anyway a minute after lowering them, should the event never come.
 */
@Component(immediate = true)
public final class CompilerPriorityRestorer {
    private BundleContext context;
    private final FrameworkListener onLevelReached = event -> {
        if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
            CompilerThreadPriority.restore();
        }
    };

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
        context.addFrameworkListener(onLevelReached);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(onLevelReached);
    }
}
