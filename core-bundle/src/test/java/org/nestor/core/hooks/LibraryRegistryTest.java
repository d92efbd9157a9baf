package org.nestor.core.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nestor.hooks.api.HookLibrary;

class LibraryRegistryTest {
    private final List<String> events = new ArrayList<>();
    private final LibraryRegistry registry = new LibraryRegistry();

    private HookLibrary library(String name, boolean mt) {
        return new HookLibrary() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void load(Map<String, Object> parameters) {
                events.add("load " + name + " " + parameters);
            }

            @Override
            public void unload() {
                events.add("unload " + name);
            }

            @Override
            public boolean multiThreadingCompatible() {
                return mt;
            }
        };
    }

    @Test
    void keaPathsAndBareNamesResolveToTheSameLibrary() {
        assertEquals("libdhcp_ha", LibraryNames.of("/usr/local/lib/kea/hooks/libdhcp_ha.so"));
        assertEquals("libdhcp_ha", LibraryNames.of("libdhcp_ha.so"));
        assertEquals("libdhcp_ha", LibraryNames.of("libdhcp_ha"));
    }

    @Test
    void aLibraryNothingProvidesFailsTheConfigurationWithKeasMessage() {
        registry.add(library("libdhcp_lease_cmds", true), Map.of());
        HookConfigException e = assertThrows(HookConfigException.class, () -> registry.configure(List.of(
                new LibraryRegistry.Entry("libdhcp_lease_cmds", Map.of()),
                new LibraryRegistry.Entry("libdhcp_ha", Map.of())), false));
        assertEquals("hooks libraries failed to validate - library or libraries in error are: libdhcp_ha",
                e.getMessage());
    }

    @Test
    void aLibraryNotMultiThreadingCompatibleIsRefusedWhenMultiThreadingIsOn() throws HookConfigException {
        registry.add(library("libold", false), Map.of());
        List<LibraryRegistry.Entry> entries = List.of(new LibraryRegistry.Entry("libold", Map.of()));
        assertThrows(HookConfigException.class, () -> registry.configure(entries, true));
        registry.configure(entries, false);
    }

    @Test
    void anUnchangedEntryKeepsRunningAcrossReconfigurations() throws HookConfigException {
        registry.add(library("liba", true), Map.of());
        registry.configure(List.of(new LibraryRegistry.Entry("liba", Map.of("x", 1L))), false);
        events.clear();
        registry.configure(List.of(new LibraryRegistry.Entry("liba", Map.of("x", 1L))), false);
        assertTrue(events.isEmpty(), events.toString());
        registry.configure(List.of(new LibraryRegistry.Entry("liba", Map.of("x", 2L))), false);
        assertEquals(List.of("unload liba", "load liba {x=2}"), events);
    }

    @Test
    void aLibraryLeavingIsUnloaded() {
        HookLibrary lib = library("liba", true);
        registry.add(lib, Map.of("p", "v"));
        registry.remove(lib);
        assertEquals(List.of("load liba {p=v}", "unload liba"), events);
        assertTrue(registry.loaded().isEmpty());
    }
}
