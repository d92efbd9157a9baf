package org.nestor.core.osgi;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the rest of the container (Karaf's shell, ssh console, commands: start level 30 and up) back until the
 * DHCPv4 server answers. The distribution boots the framework at a low beginning start level (etc/custom.properties:
 * the core, SCR, logging and configuration at 12, Karaf's features service at 15) and names the level to raise to
 * in the framework property {@value #FULL_LEVEL_PROPERTY}; this raises it once: when the server has answered its
 * first DHCPACK (or a bounded wait after it started passes), at once when there is no server to wait for, and
 * before a hook library is provisioned (its bundles start at Karaf's default bundle level). Without the property
 * (a stock beginning level) it does nothing.
 */
final class ContainerStartLevel {
    /** Framework property: the start level the container is raised to once the server answers. */
    static final String FULL_LEVEL_PROPERTY = "nestor.startlevel.full";
    /** How often the answer counter is read while waiting. */
    static final long POLL_MS = 20;
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");
    private static final ContainerStartLevel NONE = new ContainerStartLevel(0, () -> 0, level -> { });

    private final int fullLevel;
    private final IntSupplier current;
    private final IntConsumer setter;
    private final AtomicBoolean raised = new AtomicBoolean();

    /**
     * @param fullLevel the level to raise to (0: never)
     * @param current the framework's active start level
     * @param setter sets the framework's start level (asynchronously, as the framework does)
     */
    ContainerStartLevel(int fullLevel, IntSupplier current, IntConsumer setter) {
        this.fullLevel = fullLevel;
        this.current = current;
        this.setter = setter;
    }

    /** @return the gate of the framework {@code context} belongs to; one that does nothing without the property */
    static ContainerStartLevel of(BundleContext context) {
        if (context == null) {
            return NONE;
        }
        String level = context.getProperty(FULL_LEVEL_PROPERTY);
        FrameworkStartLevel framework = context.getBundle(0).adapt(FrameworkStartLevel.class);
        if (level == null || level.isBlank() || framework == null) {
            return NONE;
        }
        try {
            return new ContainerStartLevel(Integer.parseInt(level.trim()), framework::getStartLevel,
                    framework::setStartLevel);
        } catch (NumberFormatException e) {
            LOG.warn("NESTOR_STARTLEVEL_INVALID {}={} is not a start level: the container keeps level {}",
                    FULL_LEVEL_PROPERTY, level, framework.getStartLevel());
            return NONE;
        }
    }

    /** Raises the framework to the full level now (once; never lowers it). */
    void raise() {
        if (fullLevel > 0 && raised.compareAndSet(false, true) && current.getAsInt() < fullLevel) {
            LOG.debug("NESTOR_STARTLEVEL_RAISED container start level {} -> {}", current.getAsInt(), fullLevel);
            setter.accept(fullLevel);
        }
    }

    /**
     * Raises the level on a daemon thread once {@code answers} is positive or {@code maxWaitMs} has passed, so that
     * the console's set-up (key exchange providers, sshd) does not compete with the first packets.
     */
    void raiseAfterFirstAnswer(LongSupplier answers, long maxWaitMs) {
        if (fullLevel <= 0 || raised.get()) {
            return;
        }
        Thread waiter = new Thread(() -> {
            long deadline = System.nanoTime() + maxWaitMs * 1_000_000;
            try {
                while (answers.getAsLong() <= 0 && System.nanoTime() < deadline) {
                    Thread.sleep(POLL_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                raise();
            }
        }, "nestor-startlevel");
        waiter.setDaemon(true);
        waiter.start();
    }
}
