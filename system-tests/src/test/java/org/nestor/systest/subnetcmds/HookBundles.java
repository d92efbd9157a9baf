package org.nestor.systest.subnetcmds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.nestor.systest.Commands;

/**
 * Gets hook bundles into one instance of the distribution without its console: the instance's own {@code etc/}
 * gets a Felix File Install watcher ({@code org.apache.felix.fileinstall-hooks.cfg}, Karaf's way of adding a deploy
 * directory) on a directory of this test, and the bundles are copied there from the distribution's system
 * repository, where the features {@code nestor-hook-*} put them; removing a jar uninstalls its bundle.
 */
final class HookBundles {
    private final Path directory;

    private HookBundles(Path directory) {
        this.directory = directory;
    }

    /** Prepares {@code stateDir} (before the instance starts) to install what is copied into its deploy dir. */
    static HookBundles forInstance(Path stateDir) throws IOException {
        Path deploy = Files.createDirectories(stateDir.resolve("hook-deploy"));
        Path etc = Files.createDirectories(stateDir.resolve("etc"));
        Files.writeString(etc.resolve("org.apache.felix.fileinstall-hooks.cfg"), """
                felix.fileinstall.dir = %s
                felix.fileinstall.tmpdir = ${karaf.data}/generated-bundles
                felix.fileinstall.poll = 500
                felix.fileinstall.start.level = 80
                felix.fileinstall.active.level = 80
                felix.fileinstall.log.level = 3
                """.formatted(deploy));
        return new HookBundles(deploy);
    }

    /** Copies the bundle of {@code artifact} (for example {@code hook-subnet-cmds}) from the system repository. */
    void deploy(String artifact) throws IOException {
        Files.copy(systemJar(artifact), directory.resolve(artifact + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes the bundle of {@code artifact}: File Install uninstalls it. */
    void undeploy(String artifact) throws IOException {
        Files.deleteIfExists(directory.resolve(artifact + ".jar"));
    }

    private static Path systemJar(String artifact) throws IOException {
        Path dir = Commands.nestorHome().resolve("system/org/nestor").resolve(artifact);
        try (Stream<Path> jars = Files.walk(dir)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IOException("no " + artifact + " jar under " + dir));
        }
    }
}
