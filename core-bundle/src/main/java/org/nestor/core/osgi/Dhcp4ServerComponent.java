package org.nestor.core.osgi;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.nestor.core.server.CoreServerParts;
import org.nestor.core.server.Dhcp4Server;
import org.nestor.core.server.ProcessSignals;
import org.nestor.core.server.ServerParts;
import org.nestor.core.server.ServerSettings;
import org.nestor.core.server.ServerStartException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the DHCPv4 server inside the OSGi framework: starts it on activation from {@link Dhcp4ComponentOptions},
 * restarts it when the configuration changes, stops it on deactivation. A server that cannot start leaves the
 * component active and idle; the reason is in the log.
 */
@Component(immediate = true, configurationPid = "org.nestor.dhcp4", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class Dhcp4ServerComponent {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final Function<Path, ServerParts> parts;
    private Dhcp4Server server;
    private ProcessSignals signals;

    public Dhcp4ServerComponent() {
        this(CoreServerParts::create);
    }

    Dhcp4ServerComponent(Function<Path, ServerParts> parts) {
        this.parts = parts;
    }

    @Activate
    synchronized void activate(Map<String, Object> properties) {
        Dhcp4ComponentOptions options;
        try {
            options = Dhcp4ComponentOptions.from(properties, System::getProperty);
        } catch (IllegalArgumentException e) {
            LOG.error("DHCP4_INIT_FAIL failed to initialize Nestor server: {}", e.getMessage());
            return;
        }
        if (options.configFile().isEmpty()) {
            LOG.info("DHCP4_NOT_RUNNING DHCPv4 server is not running: no configuration file "
                    + "(set 'config' in org.nestor.dhcp4 or -Dnestor.dhcp4.config)");
            return;
        }
        if (options.debug()) {
            LOG.info("DHCP4_STARTING debug logging is set by log:set DEBUG kea-dhcp4 in Karaf");
        }
        Dhcp4Server candidate = new Dhcp4Server(new ServerSettings(options.configFile().get(), options.ports(),
                options.stateDirectory(), options.stateDirectory()), parts.apply(options.stateDirectory()));
        try {
            candidate.start();
        } catch (ServerStartException e) {
            return;
        }
        server = candidate;
        if (options.reloadOnSighup()) {
            signals = ProcessSignals.install(candidate::reload, null);
        }
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        deactivate();
        activate(properties);
    }

    @Deactivate
    synchronized void deactivate() {
        if (signals != null) {
            signals.close();
            signals = null;
        }
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** @return the running server, or null */
    synchronized Dhcp4Server server() {
        return server;
    }
}
