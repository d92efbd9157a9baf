package org.nestor.example.sitehook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.hooks.api.CalloutHandle;

class SiteCommandsTest {
    @TempDir
    Path dir;
    private final SiteExampleLibrary library = new SiteExampleLibrary();
    private final SiteCommands commands = new SiteCommands(library);

    private Path loadWith(String prefixes) throws Exception {
        Path file = Files.writeString(dir.resolve("blocked-macs.txt"), prefixes);
        library.load(Map.of(SiteSettings.BLOCKED_FILE, file.toString()));
        return file;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(Map<String, Object> answer) {
        return (Map<String, Object>) answer.get("arguments");
    }

    @Test
    void statusAnswersTheCountsAndThePrefixesLoaded() throws Exception {
        loadWith("02:00:5e\n00:0c:29\n");
        CalloutHandle drop = new FakeHandle(new FakePacket4(SiteReceiveCallout.DISCOVER, "00:0c:29:01:02:03"));
        new SiteReceiveCallout(library).call(drop);
        Map<String, Object> answer = commands.handle(SiteCommands.STATUS, null);
        assertEquals(0L, answer.get("result"));
        assertEquals(List.of("02:00:5e", "00:0c:29"), arguments(answer).get("blocked-mac-prefixes"));
        assertEquals(1L, arguments(answer).get("dropped"));
        assertEquals(true, arguments(answer).get("loaded"));
    }

    @Test
    void reloadReadsTheFileAgain() throws Exception {
        Path file = loadWith("02:00:5e\n");
        Files.writeString(file, "02:00:5e\n02:00:5f\n");
        Map<String, Object> answer = commands.handle(SiteCommands.RELOAD, null);
        assertEquals(0L, answer.get("result"), answer.toString());
        assertEquals(List.of("02:00:5e", "02:00:5f"),
                arguments(commands.handle(SiteCommands.STATUS, null)).get("blocked-mac-prefixes"));
    }

    @Test
    void aBrokenFileOnReloadIsAnErrorAndThePrefixesInUseStay() throws Exception {
        Path file = loadWith("02:00:5e\n");
        Files.writeString(file, "02:00:5e\nbroken\n");
        Map<String, Object> answer = commands.handle(SiteCommands.RELOAD, null);
        assertEquals(1L, answer.get("result"));
        assertTrue(answer.get("text").toString().contains(":2: "), answer.toString());
        assertEquals(List.of("02:00:5e"),
                arguments(commands.handle(SiteCommands.STATUS, null)).get("blocked-mac-prefixes"));
    }

    @Test
    void beforeLoadStatusSaysSoAndReloadFails() {
        Map<String, Object> status = commands.handle(SiteCommands.STATUS, null);
        assertEquals(false, arguments(status).get("loaded"));
        assertEquals(1L, commands.handle(SiteCommands.RELOAD, null).get("result"));
        assertEquals(2L, commands.handle("site-example-frobnicate", null).get("result"));
    }
}
