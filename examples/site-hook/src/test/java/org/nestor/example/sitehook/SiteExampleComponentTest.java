package org.nestor.example.sitehook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteExampleComponentTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> status(SiteExampleComponent component) {
        return (Map<String, Object>) component.handle(SiteCommands.STATUS, null).get("arguments");
    }

    @Test
    void parametersOfAHooksLibrariesEntryWinOverConfigAdminKeys() throws Exception {
        Path configAdminFile = Files.writeString(dir.resolve("config-admin.txt"), "02:00:5e\n");
        Path entryFile = Files.writeString(dir.resolve("entry.txt"), "00:0c:29\n");
        SiteExampleComponent component = new SiteExampleComponent();
        component.activate(Map.of("blocked-mac-prefixes-file", configAdminFile.toString()));

        component.load(Map.of(SiteSettings.BLOCKED_FILE, entryFile.toString()));
        assertEquals(List.of("00:0c:29"), status(component).get("blocked-mac-prefixes"));
    }

    @Test
    void withNoParametersTheConfigAdminKeysAreUsed() throws Exception {
        Path configAdminFile = Files.writeString(dir.resolve("config-admin.txt"), "02:00:5e\n");
        SiteExampleComponent component = new SiteExampleComponent();
        component.activate(Map.of("blocked-mac-prefixes-file", configAdminFile.toString(),
                "circuit-classes.port-7", "lab-7", "service.pid", SiteExampleComponent.PID));

        component.load(Map.of());
        assertEquals(List.of("02:00:5e"), status(component).get("blocked-mac-prefixes"));
        assertEquals(Map.of("port-7", "lab-7"), status(component).get("circuit-classes"));
    }
}
