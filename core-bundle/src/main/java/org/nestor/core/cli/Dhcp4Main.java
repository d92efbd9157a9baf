package org.nestor.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.nestor.core.server.CoreServerParts;
import org.nestor.core.server.Dhcp4Server;
import org.nestor.core.server.ProcessSignals;
import org.nestor.core.server.ServerParts;
import org.nestor.core.server.ServerPorts;
import org.nestor.core.server.ServerSettings;
import org.nestor.core.server.ServerStartException;

/**
 * {@code nestor-dhcp4}: Kea's {@code kea-dhcp4} command line in plain Java. {@code -c FILE} runs in the foreground
 * until SIGTERM/SIGINT (SIGHUP reloads); {@code -t}/{@code -T} check; {@code -v}/{@code -V}/{@code -W} print
 * versions. Exit status 0 on success, 1 on any error, as Kea.
 */
public final class Dhcp4Main {
    /** Netty's switch for its Flight Recorder allocation events. */
    private static final String NETTY_JFR_EVENTS = "io.netty.jfr.enabled";
    /** Where instance state goes when neither {@code --state-dir} nor {@code NESTOR_STATE_DIR} says. */
    static final Path DEFAULT_STATE_DIR = Path.of("/var/lib/nestor");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Function<Path, ServerParts> parts;

    /** @param parts the server's implementations for a state directory */
    Dhcp4Main(PrintStream out, PrintStream err, Map<String, String> env, Function<Path, ServerParts> parts) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.parts = parts;
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("-d")) {
            // Before any logger exists: raises the level when slf4j-simple is the binding (plain-Java mode).
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        if (System.getProperty(NETTY_JFR_EVENTS) == null) {
            // Netty's allocation events would start the Flight Recorder on the first datagram (see bin/setenv).
            System.setProperty(NETTY_JFR_EVENTS, "false");
        }
        System.exit(new Dhcp4Main(System.out, System.err, System.getenv(), CoreServerParts::create).run(args));
    }

    /** @return the exit status */
    int run(String[] args) {
        CommandLine cl;
        try {
            cl = CommandLineParser.parse(args);
        } catch (UsageException e) {
            if (!e.getMessage().isEmpty()) {
                err.println(e.getMessage());
            }
            err.println(VersionReport.usage());
            return 1;
        }
        return switch (cl.action()) {
            case VERSION -> print(VersionReport.version());
            case EXTENDED_VERSION -> print(VersionReport.extended());
            case BUILD_REPORT -> print(VersionReport.buildReport());
            case CHECK, DEEP_CHECK -> check(cl);
            case RUN -> runInForeground(cl);
        };
    }

    private int print(String text) {
        out.println(text);
        return 0;
    }

    private int check(CommandLine cl) {
        Path state = stateDirectory(cl);
        String problem = new ConfigCheck(parts.apply(state).configLoader())
                .check(cl.configFile(), cl.action() == CommandLine.Action.DEEP_CHECK, state);
        if (problem == null) {
            return 0;
        }
        err.println("Syntax check failed with: " + problem);
        return 1;
    }

    private int runInForeground(CommandLine cl) {
        Path state = stateDirectory(cl);
        String pidDir = env.get("KEA_PIDFILE_DIR");
        ServerSettings settings = new ServerSettings(cl.configFile(), new ServerPorts(cl.serverPort(),
                cl.clientPort()), state, pidDir == null || pidDir.isEmpty() ? state : Path.of(pidDir));
        Dhcp4Server server = new Dhcp4Server(settings, parts.apply(state));
        try {
            server.start();
        } catch (ServerStartException e) {
            err.println(e.getMessage());
            return 1;
        }
        try (ProcessSignals signals = ProcessSignals.install(server::reload, server::stop)) {
            server.awaitStop();
            return server.exitValue();
        } catch (InterruptedException e) {
            server.stop();
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** {@code --state-dir}, else {@code NESTOR_STATE_DIR}, else {@link #DEFAULT_STATE_DIR}. */
    Path stateDirectory(CommandLine cl) {
        if (cl.stateDirectory() != null) {
            return cl.stateDirectory();
        }
        String fromEnv = env.get("NESTOR_STATE_DIR");
        return fromEnv == null || fromEnv.isEmpty() ? DEFAULT_STATE_DIR : Path.of(fromEnv);
    }
}
