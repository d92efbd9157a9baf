package org.nestor.core.osgi.embedded;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import java.util.Map;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.CalloutHandle;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.api.NextStep;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the hook bundle {@link EmbeddedFrameworkTest} builds: registers a library {@code libosgi_test},
 * a callout on {@code pkt4_receive} and a command handler for {@code osgi-test-echo}, as a third-party hook bundle
 * would. Packed into that bundle; depends on the hooks API and the OSGi framework only.
 */
public final class TestHookActivator implements BundleActivator {
    static final String LIBRARY = "libosgi_test";
    static final String COMMAND = "osgi-test-echo";

    @Override
    public void start(BundleContext context) {
        context.registerService(HookLibrary.class, new Library(), null);
        Dictionary<String, Object> callout = new Hashtable<>();
        callout.put(Callout.HOOK_POINT, "pkt4_receive");
        callout.put(Callout.HOOK_LIBRARY, LIBRARY);
        context.registerService(Callout.class, new DropCallout(), callout);
        context.registerService(CommandHandler.class, new Echo(), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services
    }

    /** The library: loads with any parameters. */
    static final class Library implements HookLibrary {
        @Override
        public String name() {
            return LIBRARY;
        }

        @Override
        public void load(Map<String, Object> parameters) {
        }

        @Override
        public void unload() {
        }

        @Override
        public boolean multiThreadingCompatible() {
            return true;
        }
    }

    /** A callout that drops every query. */
    static final class DropCallout implements Callout {
        @Override
        public int call(CalloutHandle handle) {
            handle.setNextStep(NextStep.DROP);
            return 0;
        }
    }

    /** Answers {@code osgi-test-echo} with its arguments. */
    static final class Echo implements CommandHandler {
        @Override
        public Set<String> commands() {
            return Set.of(COMMAND);
        }

        @Override
        public Map<String, Object> handle(String command, Map<String, Object> arguments) {
            return Map.of("result", 0L, "arguments", arguments == null ? Map.of() : arguments);
        }
    }
}
