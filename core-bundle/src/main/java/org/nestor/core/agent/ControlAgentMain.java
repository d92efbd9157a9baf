package org.nestor.core.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.nestor.core.config.ConfigException;
import org.nestor.core.server.NestorVersion;
import org.nestor.core.server.ProcessSignals;

/**
 * {@code nestor-ctrl-agent}: kea-ctrl-agent's command line ({@code -c FILE}, {@code -t FILE}, {@code -d},
 * {@code -v}, {@code -V}, {@code -W}) in plain Java. {@code -c} serves until SIGTERM/SIGINT or the shutdown
 * command; SIGHUP re-reads the file (keeping the running configuration if the new one is bad). Exit 0 or 1.
 */
public final class ControlAgentMain {
    static final String USAGE = String.join("\n", "Usage: nestor-ctrl-agent",
            "  -v: print version number and exit",
            "  -V: print extended version information and exit",
            "  -W: display the configuration report and exit",
            "  -d: optional, verbose output ",
            "  -c <config file name> : mandatory, specify name of configuration file",
            "  -t <config file name> : check the configuration file and exit");

    private final PrintStream out;
    private final PrintStream err;

    ControlAgentMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("-d")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        System.exit(new ControlAgentMain(System.out, System.err).run(args));
    }

    /** @return the exit status */
    int run(String[] args) {
        String run = null;
        String check = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-v" -> { return print(NestorVersion.version()); }
                case "-V" -> { return print(NestorVersion.version() + "\nnestor-ctrl-agent\nNetty "
                        + NestorVersion.nettyVersion() + "\nJava " + Runtime.version()); }
                case "-W" -> { return print("Nestor control agent " + NestorVersion.version() + "\nHTTP: Netty "
                        + NestorVersion.nettyVersion()); }
                case "-d" -> { }
                case "-c", "-t" -> {
                    if (i + 1 >= args.length) {
                        return usage("option requires an argument: " + args[i]);
                    }
                    if (args[i].equals("-c")) {
                        run = args[++i];
                    } else {
                        check = args[++i];
                    }
                }
                default -> { return usage("unsupported option: [" + args[i].replaceFirst("^-", "") + "]"); }
            }
        }
        if (check != null) {
            return check(Path.of(check));
        }
        return run == null ? usage("configuration file not specified") : serve(Path.of(run));
    }

    private int check(Path file) {
        try {
            new AgentConfigParser().parseFile(file);
            return 0;
        } catch (ConfigException e) {
            err.println("Syntax check failed with: " + e.getMessage());
            return 1;
        }
    }

    private int serve(Path file) {
        ControlAgent agent;
        try {
            agent = ControlAgent.start(file, Map.of());
        } catch (ConfigException | IOException e) {
            err.println("Service failed: " + e.getMessage());
            return 1;
        }
        try (ProcessSignals signals = ProcessSignals.install(() -> reload(agent, file), agent::close)) {
            agent.awaitStop();
            return 0;
        } catch (InterruptedException e) {
            agent.close();
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private void reload(ControlAgent agent, Path file) {
        try {
            agent.apply(new AgentConfigParser().parseFile(file));
        } catch (ConfigException | IOException e) {
            err.println("DCTL_CONFIG_FILE_LOAD_FAIL Control-agent reason: " + e.getMessage());
        }
    }

    private int print(String text) {
        out.println(text);
        return 0;
    }

    private int usage(String problem) {
        err.println("Usage error: " + problem);
        err.println(USAGE);
        return 1;
    }
}
