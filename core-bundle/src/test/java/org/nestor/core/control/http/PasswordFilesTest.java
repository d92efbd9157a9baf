package org.nestor.core.control.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonPosition;

class PasswordFilesTest {
    @TempDir
    Path dir;

    @Test
    void generatedPasswordsAreLettersAndDigitsOnlySoNoCommandLineTakesOneForAnOption() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String password = PasswordFiles.generatedPassword();
            assertEquals(32, password.length(), password);
            assertTrue(password.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)), password);
            seen.add(password);
        }
        assertEquals(2000, seen.size(), "every generated password differs");
    }

    @Test
    void aMissingPasswordFileIsCreatedOnceAndReadBackWithoutItsLineBreak() throws Exception {
        Path file = dir.resolve("credentials/api-password");
        PasswordFiles files = new PasswordFiles(true);
        String first = files.readOrCreate(file, JsonPosition.NONE, "nestor");
        assertEquals(first + "\n", Files.readString(file));
        assertEquals(first, files.readOrCreate(file, JsonPosition.NONE, "nestor"));
        assertNotEquals("", first);
    }
}
