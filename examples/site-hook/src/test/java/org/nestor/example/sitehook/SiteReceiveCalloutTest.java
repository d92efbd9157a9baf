package org.nestor.example.sitehook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.hooks.api.HookLoadException;
import org.nestor.hooks.api.NextStep;

class SiteReceiveCalloutTest {
    private static final int REQUEST = 3;

    @TempDir
    Path dir;
    private final SiteExampleLibrary library = new SiteExampleLibrary();
    private final SiteReceiveCallout callout = new SiteReceiveCallout(library);
    private Path blocked;

    @BeforeEach
    void load() throws Exception {
        blocked = Files.writeString(dir.resolve("blocked-macs.txt"), "02:00:5e\n");
        library.load(Map.of(SiteSettings.BLOCKED_FILE, blocked.toString(),
                SiteSettings.CIRCUIT_CLASSES, Map.of("port-7", "lab-7", "0x0a0b", "binary-port")));
    }

    private NextStep call(FakePacket4 query) {
        FakeHandle handle = new FakeHandle(query);
        assertEquals(0, callout.call(handle));
        return handle.nextStep();
    }

    @Test
    void discoverFromABlockedPrefixIsDroppedAndCounted() {
        assertEquals(NextStep.DROP, call(new FakePacket4(SiteReceiveCallout.DISCOVER, "02:00:5e:00:00:07")));
        assertEquals(1, library.dropped());
    }

    @Test
    void otherClientsAndOtherMessagesGoOn() {
        assertEquals(NextStep.CONTINUE, call(new FakePacket4(SiteReceiveCallout.DISCOVER, "02:42:00:00:00:07")));
        assertEquals(NextStep.CONTINUE, call(new FakePacket4(REQUEST, "02:00:5e:00:00:07")));
        assertEquals(0, library.dropped());
    }

    @Test
    void aRelayedQueryJoinsTheClassOfItsCircuitIdByTextOrHex() {
        FakePacket4 lab = new FakePacket4(REQUEST, "02:42:00:00:00:07")
                .relayed(SiteReceiveCallout.CIRCUIT_ID, "port-7".getBytes(StandardCharsets.US_ASCII));
        FakePacket4 binary = new FakePacket4(SiteReceiveCallout.DISCOVER, "02:42:00:00:00:08")
                .relayed(SiteReceiveCallout.CIRCUIT_ID, new byte[] {0x0a, 0x0b});
        FakePacket4 other = new FakePacket4(SiteReceiveCallout.DISCOVER, "02:42:00:00:00:09")
                .relayed(SiteReceiveCallout.CIRCUIT_ID, "port-8".getBytes(StandardCharsets.US_ASCII));
        call(lab);
        call(binary);
        call(other);
        assertTrue(lab.classes.contains("lab-7"), lab.classes.toString());
        assertTrue(binary.classes.contains("binary-port"), binary.classes.toString());
        assertEquals(1, other.classes.size(), other.classes.toString());
        assertEquals(2, library.classified());
    }

    @Test
    void nothingIsDroppedOrClassedOnceUnloaded() {
        library.unload();
        FakePacket4 lab = new FakePacket4(SiteReceiveCallout.DISCOVER, "02:00:5e:00:00:07")
                .relayed(SiteReceiveCallout.CIRCUIT_ID, "port-7".getBytes(StandardCharsets.US_ASCII));
        assertEquals(NextStep.CONTINUE, call(lab));
        assertFalse(lab.classes.contains("lab-7"));
        assertEquals(0, library.dropped());
    }

    @Test
    void aMissingPrefixFileOrAnUnknownParameterFailsTheLoad() {
        HookLoadException missing = assertThrows(HookLoadException.class, () -> new SiteExampleLibrary()
                .load(Map.of(SiteSettings.BLOCKED_FILE, dir.resolve("nope.txt").toString())));
        assertTrue(missing.getMessage().contains("nope.txt"), missing.getMessage());
        HookLoadException unknown = assertThrows(HookLoadException.class,
                () -> new SiteExampleLibrary().load(Map.of("blocked-macs", "x")));
        assertTrue(unknown.getMessage().contains("unknown parameter 'blocked-macs'"), unknown.getMessage());
        assertThrows(HookLoadException.class, () -> new SiteExampleLibrary()
                .load(Map.of(SiteSettings.CIRCUIT_CLASSES, Map.of("port-7", 7L))));
    }
}
