package org.nestor.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lowers the JVM's JIT compiler threads to nice 19 while the container boots, and raises them back to 0 once it
 * has booted. On a 2-core machine the compiler threads took about half of the CPU a used start spends before its
 * first answer, competing with the threads that boot the container and open the server; at nice 19 they compile
 * when nothing else wants the processor (bench/startup-phases.sh, interleaved starts with this class switched off
 * and on, 10 each: median time to the first answer 2.65 s and 2.31 s). Raising them back matters: a server that is
 * saturated by clients right after its start would otherwise keep running code its compiler never gets the
 * processor to optimise.
 * <p>
 * The core's {@code CompilerPriorityRestorer} restores them when the framework has reached its start level; a
 * thread of this class does after {@link #LONGEST_LOWERED_MS} if that never happens.
 * <p>
 * Only for root: raising a thread's priority back needs {@code CAP_SYS_NICE}, and compiler threads left at 19 for
 * good would be worse than the slower start. The threads are found by name in {@code /proc/self/task} and their
 * priority set with {@code renice} (util-linux, in every Debian); when either is missing nothing changes. The two
 * steps run in different class loaders (the container's class path, then the core bundle), so the step taken is
 * kept in the system property {@value #STATE_PROPERTY}.
 */
public final class CompilerThreadPriority {
    /** {@code lowered} after {@link #lowerForStart()} lowered them, {@code restored} after {@link #restore()}. */
    public static final String STATE_PROPERTY = "nestor.jit.priority";
    /** {@code -D}{@value}{@code =false} (in {@code EXTRA_JAVA_OPTS}) leaves the compiler threads alone. */
    public static final String SWITCH_PROPERTY = "nestor.jit.lower-at-start";
    /** The nice value of the compiler threads during the boot. */
    static final int BOOT_NICE = 19;
    private static final long RENICE_WAIT_S = 5;
    /** How long after lowering them the compiler threads are restored if the boot never says it is done. */
    static final long LONGEST_LOWERED_MS = 60_000;

    private CompilerThreadPriority() {
    }

    /** Lowers the compiler threads when this JVM runs as root, unless {@value #SWITCH_PROPERTY} is false. */
    public static void lowerForStart() {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH_PROPERTY, "true"))
                || !isRoot(Path.of("/proc/self/status"))) {
            return;
        }
        if (renice(BOOT_NICE, compilerThreads(Path.of("/proc/self/task")))) {
            System.setProperty(STATE_PROPERTY, "lowered");
            Thread fallback = new Thread(CompilerThreadPriority::restoreLater, "nestor-jit-priority");
            fallback.setDaemon(true);
            fallback.start();
        }
    }

    private static void restoreLater() {
        try {
            Thread.sleep(LONGEST_LOWERED_MS);
            restore();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Raises the compiler threads back to nice 0 if {@link #lowerForStart()} lowered them; once per JVM (the lock is
     * the system properties, which both class loaders' copies of this class share).
     */
    public static void restore() {
        synchronized (System.getProperties()) {
            if (!"lowered".equals(System.getProperty(STATE_PROPERTY))) {
                return;
            }
            System.setProperty(STATE_PROPERTY, "restored");
        }
        renice(0, compilerThreads(Path.of("/proc/self/task")));
    }

    /** @return the ids of the tasks under {@code taskDir} whose name is a JIT compiler thread's (C1 or C2) */
    static List<String> compilerThreads(Path taskDir) {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(taskDir)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name = readOrEmpty(task.resolve("comm")).strip();
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    ids.add(task.getFileName().toString());
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return ids;
    }

    /** @return whether {@code /proc/self/status}'s effective user id (the second of {@code Uid:}) is 0 */
    static boolean isRoot(Path status) {
        for (String line : readOrEmpty(status).split("\n")) {
            if (line.startsWith("Uid:")) {
                String[] ids = line.substring(4).trim().split("\\s+");
                return ids.length > 1 && ids[1].equals("0");
            }
        }
        return false;
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** @return whether {@code renice} set every thread's nice value */
    static boolean renice(int nice, List<String> threadIds) {
        if (threadIds.isEmpty()) {
            return false;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        command.addAll(threadIds);
        try {
            Process renice = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(RENICE_WAIT_S, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return false;
            }
            return renice.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
