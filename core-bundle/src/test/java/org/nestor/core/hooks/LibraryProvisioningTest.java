package org.nestor.core.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.HookLibraryConfig;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonPosition;
import org.nestor.hooks.api.HookLibrary;

/**
 * {@code hooks-libraries} entries resolve by name; a library no service provides has its feature installed and is
 * awaited, and fails with Kea's message only when nothing provides it.
 */
class LibraryProvisioningTest {
    private final HooksManager hooks = new HooksManager();
    private final List<String> installed = new CopyOnWriteArrayList<>();
    private final List<Thread> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws InterruptedException {
        for (Thread t : started) {
            t.join();
        }
        hooks.close();
    }

    private static HookConfigException refusal(HooksManager hooks, String... libraries) {
        return assertThrows(HookConfigException.class, () -> hooks.configure(entries(libraries), false));
    }

    private static List<HookLibraryConfig> entries(String... libraries) {
        return java.util.Arrays.stream(libraries).map(l -> new HookLibraryConfig(l,
                new JsonObject(List.of(), JsonPosition.NONE, JsonPosition.NONE))).toList();
    }

    static HookLibrary library(String name) {
        return new HookLibrary() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void load(Map<String, Object> parameters) {
            }

            @Override
            public void unload() {
            }

            @Override
            public boolean multiThreadingCompatible() {
                return true;
            }
        };
    }

    /** A container whose features register their library from another thread, as a bundle starting would. */
    private LibraryProvisioner containerWith(String feature, String library) {
        return f -> {
            installed.add(f);
            if (!f.equals(feature)) {
                return false;
            }
            Thread t = new Thread(() -> hooks.libraries().add(library(library), Map.of()), "feature-" + f);
            started.add(t);
            t.start();
            return true;
        };
    }

    @Test
    void libraryNamesMapToFeatureNames() {
        assertEquals("nestor-hook-lease-cmds", LibraryNames.feature(LibraryNames.of(
                "/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so")));
        assertEquals("nestor-hook-ha", LibraryNames.feature(LibraryNames.of("/usr/local/lib/kea/hooks/libdhcp_ha.so")));
        assertEquals("nestor-hook-ha", LibraryNames.feature(LibraryNames.of("libdhcp_ha.so")));
        assertEquals("nestor-hook-site-example", LibraryNames.feature("libdhcp_site_example"));
        assertEquals("nestor-hook-site-policy", LibraryNames.feature("libsite_policy"));
    }

    @Test
    void aMissingLibraryHasItsFeatureInstalledAndTheConfigurationWaitsForIt() throws HookConfigException {
        hooks.setProvisioner(containerWith("nestor-hook-lease-cmds", "libdhcp_lease_cmds"), Duration.ofSeconds(30));
        hooks.configure(entries("/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so"), false);
        assertEquals(List.of("nestor-hook-lease-cmds"), installed);
        assertEquals(List.of("libdhcp_lease_cmds"), List.copyOf(hooks.libraries().loaded().keySet()));
    }

    @Test
    void aLibraryAlreadyProvidedInstallsNothing() throws HookConfigException {
        hooks.libraries().add(library("libdhcp_ha"), Map.of());
        hooks.setProvisioner(containerWith("nestor-hook-ha", "libdhcp_ha"), Duration.ofSeconds(30));
        hooks.configure(entries("libdhcp_ha.so"), false);
        assertEquals(List.of(), installed);
    }

    @Test
    void aLibraryTheContainerHasNoFeatureForFailsWithKeasMessage() {
        hooks.setProvisioner(containerWith("nestor-hook-ha", "libdhcp_ha"), Duration.ofSeconds(30));
        HookConfigException e = refusal(hooks, "/usr/local/lib/kea/hooks/libdhcp_ha.so",
                "/opt/lib/libdhcp_unknown.so");
        assertEquals("hooks libraries failed to validate - library or libraries in error are: libdhcp_unknown",
                e.getMessage());
        assertEquals(List.of("nestor-hook-ha", "nestor-hook-unknown"), installed);
    }

    @Test
    void aFeatureThatNeverProvidesItsLibraryFailsAfterTheBoundedWait() {
        hooks.setProvisioner(f -> {
            installed.add(f);
            return true;
        }, Duration.ofMillis(200));
        HookConfigException e = refusal(hooks, "libdhcp_lease_cmds.so");
        assertEquals("hooks libraries failed to validate - library or libraries in error are: libdhcp_lease_cmds",
                e.getMessage());
        assertEquals(List.of("nestor-hook-lease-cmds"), installed);
    }

    @Test
    void withoutAContainerAMissingLibraryFailsAtOnce() {
        HookConfigException e = refusal(hooks, "libdhcp_lease_cmds.so");
        assertEquals("hooks libraries failed to validate - library or libraries in error are: libdhcp_lease_cmds",
                e.getMessage());
    }
}
