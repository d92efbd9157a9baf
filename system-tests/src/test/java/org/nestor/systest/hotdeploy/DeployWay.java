package org.nestor.systest.hotdeploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.nestor.systest.Commands;

/** The three ways an operator deploys the example hook into a running instance, and how each one undoes it. */
enum DeployWay {
    /** {@code feature:install nestor-hook-site-example} / {@code feature:uninstall}. */
    FEATURE {
        @Override
        void install(ConsoleSession console, Path stateDir) throws IOException, InterruptedException {
            console.ok("feature:install " + FEATURE_NAME);
        }

        @Override
        void uninstall(ConsoleSession console, Path stateDir) throws IOException, InterruptedException {
            console.ok("feature:uninstall " + FEATURE_NAME);
        }
    },
    /** {@code bundle:install -s mvn:org.nestor/site-hook-example/VERSION} / {@code bundle:uninstall}. */
    BUNDLE {
        @Override
        void install(ConsoleSession console, Path stateDir) throws IOException, InterruptedException {
            console.ok("bundle:install -s mvn:org.nestor/" + ARTIFACT + "/" + version());
        }

        @Override
        void uninstall(ConsoleSession console, Path stateDir) throws IOException, InterruptedException {
            console.ok("bundle:uninstall " + SYMBOLIC_NAME);
        }
    },
    /** The jar copied into the instance's {@code deploy/} directory, and removed. */
    DEPLOY_DIR {
        @Override
        void install(ConsoleSession console, Path stateDir) throws IOException {
            Path jar = jar();
            Path tmp = stateDir.resolve(jar.getFileName() + ".part");
            Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, stateDir.resolve("deploy").resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        void uninstall(ConsoleSession console, Path stateDir) throws IOException {
            Files.delete(stateDir.resolve("deploy").resolve(jar().getFileName()));
        }
    };

    static final String FEATURE_NAME = "nestor-hook-site-example";
    static final String ARTIFACT = "site-hook-example";
    static final String SYMBOLIC_NAME = "org.nestor.site-hook-example";

    abstract void install(ConsoleSession console, Path stateDir) throws IOException, InterruptedException;

    abstract void uninstall(ConsoleSession console, Path stateDir) throws IOException, InterruptedException;

    /** @return the example's version directory in the distribution's system repository */
    static String version() throws IOException {
        try (Stream<Path> versions = Files.list(Commands.nestorHome().resolve("system/org/nestor/" + ARTIFACT))) {
            return versions.map(p -> p.getFileName().toString()).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + ARTIFACT + " in the system repository"));
        }
    }

    /** @return the example's jar in the distribution's system repository */
    static Path jar() throws IOException {
        String v = version();
        return Commands.nestorHome().resolve("system/org/nestor/" + ARTIFACT + "/" + v + "/" + ARTIFACT + "-" + v
                + ".jar");
    }
}
