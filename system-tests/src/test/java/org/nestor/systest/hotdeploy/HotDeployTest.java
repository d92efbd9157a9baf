package org.nestor.systest.hotdeploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.systest.Commands;

/**
 * Hook bundles installed and uninstalled five times each from the console of a running distribution while perfdhcp
 * keeps a steady bounded load: behaviour and {@code list-commands} follow the bundle, and every exchange completes
 * except the DISCOVERs the example hook drops on purpose (perfdhcp's counts, the server's statistics and the hook's
 * own count agree exactly in every phase).
 */
class HotDeployTest {
    private static final int CYCLES = 5;
    private static final String STATUS = "site-example-status";

    @TempDir
    Path dir;

    @Test
    void siteHookDropsBlockedDiscoversExactlyWhileDeployedFiveTimesUnderLoad() throws Exception {
        Commands.requireRootAndTools("perfdhcp");
        try (HotDeployLab lab = HotDeployLab.start(dir)) {
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                DeployWay way = DeployWay.values()[(cycle - 1) % DeployWay.values().length];
                HotDeployLab.Phase installing = lab.underLoad(() -> {
                    way.install(lab.console(), lab.stateDir());
                    lab.control().awaitCommand(STATUS, true);
                });
                long droppedWhileInstalling = (Long) status(lab).get("dropped");
                assertOnlyDroppedDiscoversLost(installing, droppedWhileInstalling);

                RelayLoad.Counts blocked = lab.load().run("-r", "50", "-n", "20", "-R", "20", "-b", "mac=" + HotDeployLab.BLOCKED_BASE);
                assertEquals(20, blocked.discovers(), blocked.toString());
                assertEquals(0, blocked.offers(), "a blocked client got an OFFER while the hook is deployed");
                RelayLoad.Counts others = lab.load().run("-r", "50", "-n", "20", "-R", "20", "-b", "mac=" + HotDeployLab.OTHER_BASE,
                        "-o", HotDeployLab.CIRCUIT_PORT_7);
                assertEquals(new RelayLoad.Counts(20, 20, 20, 20), others, "the other clients are all served");
                Map<String, Object> status = status(lab);
                assertEquals(droppedWhileInstalling + 20, status.get("dropped"), status.toString());
                assertTrue((Long) status.get("classified") >= 40, "circuit-id port-7 classed: " + status);

                HotDeployLab.Phase uninstalling = lab.underLoad(() -> {
                    way.uninstall(lab.console(), lab.stateDir());
                    lab.control().awaitCommand(STATUS, false);
                });
                long droppedAtUnload = droppedAtUnload(lab, cycle);
                assertOnlyDroppedDiscoversLost(uninstalling, droppedAtUnload - (Long) status.get("dropped"));

                Packets before = Packets.of(lab.control());
                RelayLoad.Counts served = lab.load().run("-r", "50", "-n", "20", "-R", "20", "-b", "mac=" + HotDeployLab.BLOCKED_BASE);
                assertEquals(new RelayLoad.Counts(20, 20, 20, 20), served, "blocked clients are served again");
                assertEquals(0, Packets.of(lab.control()).minus(before).receiveDrops());
                System.out.printf("cycle %d (%s): installing under load %s / server %s; blocked %s, others %s; "
                        + "uninstalling under load %s / server %s; after uninstall blocked clients %s%n", cycle, way,
                        installing.client(), installing.server(), blocked, others, uninstalling.client(),
                        uninstalling.server(), served);
            }
        }
    }

    @Test
    void commandHookComesAndGoesFiveTimesUnderLoadWithoutLosingAnExchange() throws Exception {
        Commands.requireRootAndTools("perfdhcp");
        assumeTrue(featuresRepositoryHas("nestor-hook-lease-cmds") && systemRepositoryHasBundleNamed("lease-cmds"),
                "nestor-hook-lease-cmds is not in the distribution (features repository and system repository) yet");
        String command = "lease4-get-all";
        try (HotDeployLab lab = HotDeployLab.start(dir)) {
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                HotDeployLab.Phase installing = lab.underLoad(() -> {
                    lab.console().ok("feature:install nestor-hook-lease-cmds");
                    lab.control().awaitCommand(command, true);
                });
                assertOnlyDroppedDiscoversLost(installing, 0);
                assertEquals(0L, lab.console().command(command).get("result"), "lease4-get-all answers the leases");
                HotDeployLab.Phase uninstalling = lab.underLoad(() -> {
                    lab.console().ok("feature:uninstall nestor-hook-lease-cmds");
                    lab.control().awaitCommand(command, false);
                });
                assertOnlyDroppedDiscoversLost(uninstalling, 0);
                System.out.printf("cycle %d: installing under load %s / server %s; uninstalling under load %s / "
                        + "server %s%n", cycle, installing.client(), installing.server(), uninstalling.client(),
                        uninstalling.server());
            }
        }
    }

    /**
     * Every DISCOVER perfdhcp sent reached the server, every one the server did not drop was offered and the offer
     * reached perfdhcp, the server dropped exactly {@code dropped}, and every REQUEST was acknowledged.
     */
    private static void assertOnlyDroppedDiscoversLost(HotDeployLab.Phase phase, long dropped) {
        String counts = phase.client() + " / server " + phase.server();
        assertTrue(phase.client().discovers() > 0, "the load ran: " + counts);
        assertEquals(phase.client().discovers() + phase.client().requests(), phase.server().received(),
                "queries reaching the server's engine (none lost in its receive queue): " + counts);
        assertEquals(phase.client().discovers(), phase.server().discovers(), "DISCOVERs reaching the server: " + counts);
        assertEquals(dropped, phase.server().receiveDrops(), "queries the server dropped: " + counts);
        assertEquals(phase.server().discovers() - dropped, phase.server().offers(), "OFFERs sent: " + counts);
        assertEquals(phase.server().offers(), phase.client().offers(), "OFFERs reaching perfdhcp: " + counts);
        assertEquals(phase.client().requests(), phase.client().acks(), "REQUESTs acknowledged: " + counts);
        assertEquals(phase.client().acks(), phase.server().acks(), "ACKs sent: " + counts);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> status(HotDeployLab lab) throws IOException, InterruptedException {
        Map<String, Object> answer = lab.console().command(STATUS);
        assertEquals(0L, answer.get("result"), answer.toString());
        return (Map<String, Object>) answer.get("arguments");
    }

    /**
     * @return the drop count the hook logged when it was unloaded for the {@code cycle}-th time, read from the
     *         container's log: standard output misses lines logged on a console session's thread (they go to that
     *         session)
     */
    private static long droppedAtUnload(HotDeployLab lab, int cycle) throws IOException {
        String log = Files.readString(lab.stateDir().resolve("log/karaf.log"));
        Matcher m = Pattern.compile("SITE_EXAMPLE_UNLOADED \\S+ unloaded after dropping (\\d+) DISCOVERs").matcher(log);
        for (int i = 0; i < cycle; i++) {
            if (!m.find()) {
                throw new AssertionError("the hook's unload #" + cycle + " is not in the container's log");
            }
        }
        return Long.parseLong(m.group(1));
    }

    /** @return whether the system repository holds a Nestor artifact whose name contains {@code part} */
    private static boolean systemRepositoryHasBundleNamed(String part) throws IOException {
        try (Stream<Path> artifacts = Files.list(Commands.nestorHome().resolve("system/org/nestor"))) {
            return artifacts.anyMatch(a -> a.getFileName().toString().contains(part));
        }
    }

    private static boolean featuresRepositoryHas(String feature) throws IOException {
        try (Stream<Path> files = Files.walk(Commands.nestorHome().resolve("system/org/nestor/nestor-features"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains("name=\"" + feature + "\"");
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
