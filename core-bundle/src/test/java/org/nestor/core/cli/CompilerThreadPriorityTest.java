package org.nestor.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerThreadPriorityTest {
    private static final Path SELF_TASKS = Path.of("/proc/self/task");

    @TempDir
    Path dir;

    @AfterEach
    void putThePriorityBack() {
        CompilerThreadPriority.renice(0, CompilerThreadPriority.compilerThreads(SELF_TASKS));
        System.clearProperty(CompilerThreadPriority.STATE_PROPERTY);
        System.clearProperty(CompilerThreadPriority.SWITCH_PROPERTY);
    }

    @Test
    void findsTheC1AndC2CompilerThreadsByTheirTaskNames() throws IOException {
        task("101", "main");
        task("102", "C2 CompilerThre");
        task("103", "C1 CompilerThre");
        task("104", "Sweeper thread");
        task("105", "nestor-dhcp4-st");
        assertEquals(List.of("102", "103"),
                CompilerThreadPriority.compilerThreads(dir).stream().sorted().toList());
    }

    @Test
    void aMissingTaskDirectoryGivesNoThreads() {
        assertEquals(List.of(), CompilerThreadPriority.compilerThreads(dir.resolve("absent")));
    }

    @Test
    void rootIsTheEffectiveUserIdZero() throws IOException {
        assertTrue(CompilerThreadPriority.isRoot(status("Uid:\t0\t0\t0\t0")));
        assertTrue(CompilerThreadPriority.isRoot(status("Uid:\t1000\t0\t0\t0")));
        assertFalse(CompilerThreadPriority.isRoot(status("Uid:\t0\t1000\t1000\t1000")));
        assertFalse(CompilerThreadPriority.isRoot(dir.resolve("absent")));
    }

    @Test
    void asRootTheCompilerThreadsRunAtNice19UntilRestoredTo0() {
        assumeTrue(CompilerThreadPriority.isRoot(Path.of("/proc/self/status")), "needs root, as CI runs the tests");
        List<String> compilers = CompilerThreadPriority.compilerThreads(SELF_TASKS);
        assertFalse(compilers.isEmpty(), "this JVM's compiler threads");

        CompilerThreadPriority.lowerForStart();
        assertEquals("lowered", System.getProperty(CompilerThreadPriority.STATE_PROPERTY));
        assertEquals(Set.of(19), nicesOf(compilers));

        CompilerThreadPriority.restore();
        assertEquals("restored", System.getProperty(CompilerThreadPriority.STATE_PROPERTY));
        assertEquals(Set.of(0), nicesOf(compilers));
    }

    @Test
    void theSwitchPropertySetToFalseLeavesTheCompilerThreadsAlone() {
        assumeTrue(CompilerThreadPriority.isRoot(Path.of("/proc/self/status")), "needs root, as CI runs the tests");
        System.setProperty(CompilerThreadPriority.SWITCH_PROPERTY, "false");

        CompilerThreadPriority.lowerForStart();
        assertEquals(Set.of(0), nicesOf(CompilerThreadPriority.compilerThreads(SELF_TASKS)));
        assertEquals(null, System.getProperty(CompilerThreadPriority.STATE_PROPERTY));
    }

    @Test
    void restoringWithoutALoweringLeavesThePrioritiesAlone() {
        assumeTrue(CompilerThreadPriority.isRoot(Path.of("/proc/self/status")), "needs root, as CI runs the tests");
        List<String> compilers = CompilerThreadPriority.compilerThreads(SELF_TASKS);
        assertTrue(CompilerThreadPriority.renice(5, compilers));

        CompilerThreadPriority.restore();
        assertEquals(Set.of(5), nicesOf(compilers));
        assertEquals(null, System.getProperty(CompilerThreadPriority.STATE_PROPERTY));
    }

    /** @return the distinct nice values (field 19 of /proc/self/task/ID/stat) of the threads */
    private static Set<Integer> nicesOf(List<String> threads) {
        Set<Integer> nices = new HashSet<>();
        for (String id : threads) {
            try {
                String stat = Files.readString(SELF_TASKS.resolve(id).resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                nices.add(Integer.parseInt(fields[16]));
            } catch (IOException e) {
                // the thread ended
            }
        }
        return nices;
    }

    private void task(String id, String name) throws IOException {
        Files.createDirectories(dir.resolve(id));
        Files.writeString(dir.resolve(id).resolve("comm"), name + "\n");
    }

    private Path status(String uidLine) throws IOException {
        return Files.writeString(dir.resolve("status"),
                "Name:\tjava\nUmask:\t0022\n" + uidLine + "\nGid:\t0\t0\t0\t0\n");
    }
}
