package org.nestor.core.server;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Kea's signals for a process the server owns: SIGHUP reloads the configuration, SIGTERM and SIGINT stop the
 * server. Only for the command line and for a container started to run one server; a shared JVM keeps its own.
 */
public final class ProcessSignals implements AutoCloseable {
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private final List<SignalHandler> ours = new ArrayList<>();

    private ProcessSignals() {
    }

    /**
     * Installs the handlers; each runs on its own short-lived thread so a slow reload never blocks the JVM's
     * signal dispatcher. A signal the process inherited as ignored ({@code nohup}) is handled all the same, as
     * kea-dhcp4 handles it ({@link IgnoredSignals}). A signal the JVM does not let us handle is skipped with a
     * warning.
     *
     * @param reload run on SIGHUP, or null to leave SIGHUP alone
     * @param stop run on SIGTERM and SIGINT, or null to leave them alone
     * @return a handle whose {@link #close()} restores the previous handlers
     */
    public static ProcessSignals install(Runnable reload, Runnable stop) {
        ProcessSignals installed = new ProcessSignals();
        if (reload != null) {
            installed.handle("HUP", reload);
        }
        if (stop != null) {
            installed.handle("TERM", stop);
            installed.handle("INT", stop);
        }
        return installed;
    }

    private void handle(String name, Runnable action) {
        try {
            Signal signal = new Signal(name);
            SignalHandler handler = s -> new Thread(action, "nestor-signal-" + name).start();
            SignalHandler old = Signal.handle(signal, handler);
            if (old == SignalHandler.SIG_IGN) {
                // inherited as ignored (nohup): the JVM installed nothing, see IgnoredSignals
                String failure = IgnoredSignals.restoreDefault(signal.getNumber());
                if (failure != null) {
                    LoggerFactory.getLogger("kea-dhcp4.dhcp4").warn("DHCP4_INIT_FAIL SIG{} is ignored by the "
                            + "process that started this one and stays ignored: {}", name, failure);
                }
                Signal.handle(signal, handler);
            }
            signals.add(signal);
            previous.add(old);
            ours.add(handler);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LoggerFactory.getLogger("kea-dhcp4.dhcp4").warn("DHCP4_INIT_FAIL cannot handle SIG{}: {}", name,
                    e.getMessage());
        }
    }

    /**
     * Puts this server's handlers back where other code has replaced them since {@link #install}: a library
     * started later in the same JVM (Karaf's diagnostic feature, for one, makes SIGHUP write a dump) must not take
     * away the reload an operator expects from SIGHUP.
     *
     * @return the names of the signals taken back (empty when none had been replaced)
     */
    public synchronized List<String> takeBack() {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            SignalHandler found = Signal.handle(signals.get(i), ours.get(i));
            if (found != ours.get(i)) {
                taken.add(signals.get(i).getName());
            }
        }
        return taken;
    }

    /** Restores the handlers that were in place before {@link #install}. */
    @Override
    public synchronized void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
        signals.clear();
        previous.clear();
        ours.clear();
    }
}
