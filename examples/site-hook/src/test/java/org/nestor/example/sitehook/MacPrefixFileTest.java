package org.nestor.example.sitehook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MacPrefixFileTest {
    @TempDir
    Path dir;

    @Test
    void commentsAndBlankLinesAreSkipped() throws Exception {
        Path file = Files.writeString(dir.resolve("blocked.txt"), "# lab kit\n02:00:5e\n\n  00:0c:29 # VMware\n");
        assertEquals(List.of(MacPrefix.parse("02:00:5e"), MacPrefix.parse("00:0c:29")), MacPrefixFile.read(file));
    }

    @Test
    void aBadLineIsNamedByFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("blocked.txt"), "02:00:5e\nnot-a-mac\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacPrefixFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }
}
