package org.nestor.example.sitehook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a blocked-MAC-prefix file: one prefix per line ({@code 02:00:5e}), {@code #} starts a comment. */
public final class MacPrefixFile {
    private MacPrefixFile() {
    }

    /**
     * @param file the file to read
     * @return the prefixes in file order
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming {@code file:line} when a line is not a prefix
     */
    public static List<MacPrefix> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<MacPrefix> prefixes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).trim();
            if (text.isEmpty()) {
                continue;
            }
            try {
                prefixes.add(MacPrefix.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(prefixes);
    }
}
