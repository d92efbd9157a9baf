package org.nestor.example.sitehook;

import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.CalloutHandle;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.api.HookLoadException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * The bundle's one Declarative Services component: the library, its {@code pkt4_receive} callout and its commands
 * as one service, so they come and go together.
 *
 * <p>Parameters: those of a {@code hooks-libraries} entry naming {@code libdhcp_site_example.so} when it has any;
 * otherwise the keys of the component's Config Admin configuration {@value #PID}
 * ({@code etc/org.nestor.hook.site_example.cfg}, see {@link SiteConfigKeys}). A change of that configuration
 * re-activates the component (there is no {@code @Modified} method): its service is registered again and the server
 * unloads the library and loads it with the new keys.
 */
@Component(configurationPid = SiteExampleComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {HookLibrary.class, Callout.class, CommandHandler.class},
        property = {Callout.HOOK_POINT + "=pkt4_receive", Callout.HOOK_LIBRARY + "=" + SiteExampleLibrary.NAME})
public final class SiteExampleComponent implements HookLibrary, Callout, CommandHandler {
    /** The Config Admin PID of the library's parameters when no {@code hooks-libraries} entry names it. */
    public static final String PID = "org.nestor.hook.site_example";

    private final SiteExampleLibrary library = new SiteExampleLibrary();
    private final SiteReceiveCallout callout = new SiteReceiveCallout(library);
    private final SiteCommands commands = new SiteCommands(library);
    private Map<String, Object> configured = Map.of();

    @Activate
    void activate(Map<String, Object> properties) {
        configured = SiteConfigKeys.toParameters(properties);
    }

    @Override
    public String name() {
        return library.name();
    }

    @Override
    public void load(Map<String, Object> parameters) throws HookLoadException {
        library.load(parameters.isEmpty() ? configured : parameters);
    }

    @Override
    public void unload() {
        library.unload();
    }

    @Override
    public boolean multiThreadingCompatible() {
        return library.multiThreadingCompatible();
    }

    @Override
    public int call(CalloutHandle handle) {
        return callout.call(handle);
    }

    @Override
    public Set<String> commands() {
        return commands.commands();
    }

    @Override
    public Map<String, Object> handle(String command, Map<String, Object> arguments) {
        return commands.handle(command, arguments);
    }
}
