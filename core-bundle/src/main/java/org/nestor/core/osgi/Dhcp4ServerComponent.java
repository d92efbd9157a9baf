package org.nestor.core.osgi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.nestor.core.config.ConfigException;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Dhcp4ConfigParser;
import org.nestor.core.config.LoggerConfig;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.hooks.CommandRegistry;
import org.nestor.core.server.CoreServerParts;
import org.nestor.core.server.Dhcp4Server;
import org.nestor.core.server.ProcessSignals;
import org.nestor.core.server.RunningConfiguration4;
import org.nestor.core.server.ServerParts;
import org.nestor.core.server.ServerSettings;
import org.nestor.core.server.ServerStartException;
import org.nestor.hooks.api.config.ServerConfiguration4;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the DHCPv4 server inside the OSGi framework: starts it on activation from {@link Dhcp4ComponentOptions},
 * restarts it when the configuration changes, stops it on deactivation, and applies the configuration's Kea
 * {@code loggers} to the container's logging. When the JVM was started for this server ({@code bin/nestor-dhcp4
 * -c}), a server that cannot start ends the process with exit code 1, as kea-dhcp4 does; otherwise the component
 * stays active and idle, the reason in the log.
 */
@Component(immediate = true, configurationPid = "org.nestor.dhcp4", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class Dhcp4ServerComponent {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");
    /** The longest activation waits for the server's start (a large lease file can take longer to load). */
    private static final long START_HOLD_MS = 10_000;
    /** The longest the server waits for the container's logging to take the file's {@code loggers}. */
    private static final long LOGGING_APPLY_WAIT_MS = 2_000;

    private final Function<Path, ServerParts> parts;
    private Dhcp4Server server;
    private ProcessSignals signals;
    private SignalKeeper signalKeeper;
    private ContainerLogging logging;
    private BundleContext context;
    private final List<ServiceRegistration<?>> published = new ArrayList<>();

    /** The hooks of this container: each engine runs the callouts and libraries it tracks. */
    @Reference
    HooksComponent hooks;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    volatile ConfigurationAdmin configAdmin;

    public Dhcp4ServerComponent() {
        this(null);
    }

    /** @param parts the server's parts for a state directory; null: the core's, calling the container's hooks */
    Dhcp4ServerComponent(Function<Path, ServerParts> parts) {
        this.parts = parts;
    }

    /**
     * Starts the server on its own thread: activation runs inside Karaf's installation of the boot features, and a
     * configuration whose {@code hooks-libraries} name a hook feature not yet installed must wait for that
     * installation, which Karaf runs only after the boot installation has finished. Activation returns once the
     * server has started, or once its file turns out to load hook libraries (bounded by {@link #START_HOLD_MS}): a
     * server that needs nothing more from the container starts before the bundles of higher start levels (the
     * console, Karaf's features service) instead of competing with them for the processor.
     */
    @Activate
    void activate(BundleContext bundleContext, Map<String, Object> properties) {
        CountDownLatch containerReleased = new CountDownLatch(1);
        synchronized (this) {
            this.context = bundleContext;
            Thread starter = new Thread(() -> {
                try {
                    startServer(properties, containerReleased::countDown);
                } finally {
                    containerReleased.countDown();
                }
            }, "nestor-dhcp4-start");
            starter.setDaemon(true);
            starter.start();
        }
        try {
            containerReleased.await(START_HOLD_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Function<Path, ServerParts> parts() {
        if (parts != null) {
            return parts;
        }
        HooksComponent h = hooks;
        return h == null ? CoreServerParts::create : dir -> CoreServerParts.create(dir, h.manager());
    }

    /** Starts the server the properties describe (tests call this without a framework). */
    void startServer(Map<String, Object> properties) {
        startServer(properties, () -> { });
    }

    /**
     * @param needsContainer run before the start goes on to wait for other bundles (its file loads hook libraries,
     *                       whose features and bundles start after the core)
     */
    private synchronized void startServer(Map<String, Object> properties, Runnable needsContainer) {
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
                options.stateDirectory(), options.stateDirectory()), parts().apply(options.stateDirectory()));
        Dhcp4Config file = parsed(options);
        if (file != null && !file.hooksLibraries().isEmpty()) {
            needsContainer.run();
        }
        applyLoggers(file == null ? List.of() : file.loggers(), options.debug());
        offerHookServices(candidate);
        try {
            candidate.start();
        } catch (ServerStartException e) {
            withdraw();
            if (options.ownsProcess()) {
                exitProcess();
            }
            return;
        }
        server = candidate;
        publish(candidate);
        if (options.ownsProcess()) {
            signals = ProcessSignals.install(() -> {
                candidate.reload();
                applyLoggers(candidate.config().loggers(), options.debug());
            }, null);
            if (context != null) {
                signalKeeper = SignalKeeper.watching(context, signals);
            }
            exitOnShutdownCommand(candidate);
        }
    }

    /**
     * Kea sets up logging from the file before the server starts, so the start-up messages already go where the
     * operator said. The file is read here for that and for its hook libraries; one that does not parse gives null,
     * and its error is reported by the start.
     */
    private static Dhcp4Config parsed(Dhcp4ComponentOptions options) {
        try {
            return new Dhcp4ConfigParser().stateDirectory(options.stateDirectory())
                    .parseFile(options.configFile().get());
        } catch (ConfigException e) {
            return null;
        }
    }

    private void applyLoggers(List<LoggerConfig> loggers, boolean debug) {
        ConfigurationAdmin cm = configAdmin;
        String etc = System.getProperty("karaf.etc");
        if (cm == null || etc == null) {
            return;
        }
        try {
            if (logging == null) {
                logging = ContainerLogging.fromEtc(cm, Path.of(etc));
            }
            logging.apply(loggers, debug);
            if (context != null) {
                // What the server logs next (DHCP4_STARTING) must not fall into a reconfiguration of pax-logging:
                // the one just asked for, or, with the core at start level 12, the container's own first one
                // (Configuration Admin, started at level 10, hands pax-logging its configuration asynchronously).
                ConfigurationDelivery.awaitEarlierUpdates(context, LOGGING_APPLY_WAIT_MS);
            }
        } catch (java.io.IOException e) {
            LOG.error("LOG_BAD_CONFIG the loggers configuration could not be applied: {}", e.getMessage());
        }
    }

    /** Kea's {@code shutdown} command ends the process it owns with the command's {@code exit-value}. */
    private static void exitOnShutdownCommand(Dhcp4Server running) {
        Thread watcher = new Thread(() -> {
            try {
                running.awaitStop();
            } catch (InterruptedException e) {
                return;
            }
            if (running.shutdownRequested()) {
                exitProcess(running.exitValue());
            }
        }, "nestor-dhcp4-shutdown-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Ends the JVM from another thread: the framework's shutdown hook must not wait on this activation. */
    private static void exitProcess() {
        exitProcess(1);
    }

    private static void exitProcess(int status) {
        Thread exit = new Thread(() -> System.exit(status), "nestor-dhcp4-exit");
        exit.setDaemon(false);
        exit.start();
    }

    /**
     * Offers the running server's commands to the container: the console and the in-container agent use the
     * {@link CommandChannel}. (Hook bundles' command handlers and the views they need were offered before the
     * start: {@link #offerHookServices}.)
     */
    private void publish(Dhcp4Server running) {
        if (context == null) {
            return;
        }
        published.add(context.registerService(CommandChannel.class, running.commands(), null));
    }

    /**
     * Lets hook bundles' command handlers register before the server starts, so that the commands of the libraries
     * its configuration loads answer from the moment the server has started, as in Kea: the command registry, and
     * the lease store, subnet index, statistics and configuration views those handlers need (lease-cmds, stat-cmds,
     * subnet-cmds, host-cmds). The views read the server lazily (the configuration's wait for the start to end).
     * Published only after the start, a library's handlers appeared a moment after DHCP4_STARTED, and a command
     * sent at once could miss them.
     */
    private void offerHookServices(Dhcp4Server candidate) {
        if (context != null) {
            published.add(context.registerService(CommandRegistry.class,
                    new DispatcherCommandRegistry(candidate.commands()), null));
            published.addAll(HookServices.register(context, candidate));
            published.add(context.registerService(ServerConfiguration4.class, new RunningConfiguration4(candidate),
                    null));
        }
    }

    private void withdraw() {
        for (ServiceRegistration<?> r : published) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping and took it down already
            }
        }
        published.clear();
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        deactivate();
        startServer(properties);
    }

    @Deactivate
    synchronized void deactivate() {
        if (signalKeeper != null) {
            signalKeeper.close();
            signalKeeper = null;
        }
        if (signals != null) {
            signals.close();
            signals = null;
        }
        withdraw();
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
