package org.nestor.core.cli;

import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nestor.core.server.CoreServerParts;
import org.nestor.core.server.ServerParts;

/**
 * Entry point of the container JVM that {@code bin/nestor-dhcp4 -c FILE} starts: checks FILE (system property
 * {@value #CONFIG_PROPERTY}) and the {@code -p}/{@code -P} ports ({@value #PORT_PROPERTY},
 * {@value #CLIENT_PORT_PROPERTY}) exactly as {@code -t} does, and exits 1 with Kea's message on standard error when
 * they fail, before anything is booted or served; otherwise hands the JVM to Karaf's launcher
 * ({@code org.apache.karaf.main.Main}), with the JIT compiler threads lowered until the container has booted
 * ({@link CompilerThreadPriority}).
 * One JVM instead of a separate {@code -t} JVM ahead of the container's.
 */
public final class ContainerMain {
    /** The configuration file the container's DHCPv4 server runs on. */
    static final String CONFIG_PROPERTY = "nestor.dhcp4.config";
    /** {@code -p}: the server port. */
    static final String PORT_PROPERTY = "nestor.dhcp4.port";
    /** {@code -P}: the client port. */
    static final String CLIENT_PORT_PROPERTY = "nestor.dhcp4.client-port";
    /**
     * Karaf's launcher, on the container's class path (not a dependency of the core). Joined at run time: bnd
     * would read a constant class name given to {@code Class.forName} as a package the bundle imports.
     */
    static final String KARAF_MAIN = String.join(".", "org", "apache", "karaf", "main", "Main");

    private ContainerMain() {
    }

    public static void main(String[] args) throws Throwable {
        int status = check(System.getProperty(CONFIG_PROPERTY), System.getProperty(PORT_PROPERTY),
                System.getProperty(CLIENT_PORT_PROPERTY), System.err, System.getenv(), CoreServerParts::create);
        if (status != 0) {
            System.exit(status);
        }
        CompilerThreadPriority.lowerForStart();
        MethodHandle karaf = MethodHandles.publicLookup().findStatic(Class.forName(KARAF_MAIN), "main",
                MethodType.methodType(void.class, String[].class));
        karaf.invoke(args);
    }

    /**
     * @param port {@code -p}'s value, or null
     * @param clientPort {@code -P}'s value, or null
     * @return {@code -t}'s exit status for the file and ports, its message on {@code err} (a usage one when there is
     *         no file or a port is not a number from 1 to 65535)
     */
    static int check(String configFile, String port, String clientPort, PrintStream err, Map<String, String> env,
                     Function<Path, ServerParts> parts) {
        List<String> args = new ArrayList<>(List.of("-t"));
        if (configFile != null) {
            args.add(configFile);
        }
        if (port != null) {
            args.addAll(List.of("-p", port));
        }
        if (clientPort != null) {
            args.addAll(List.of("-P", clientPort));
        }
        return new Dhcp4Main(err, err, env, parts).run(args.toArray(String[]::new));
    }
}
