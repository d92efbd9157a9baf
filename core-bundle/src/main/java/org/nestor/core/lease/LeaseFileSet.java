package org.nestor.core.lease;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Kea's memfile file set for a lease file {@code F}: {@code F.2} (previous cleanup result), {@code F.1} (input
 * copy), {@code F.output} (being written), {@code F.completed} (finished output), {@code F.pid}.
 */
final class LeaseFileSet {
    final Path current;
    final Path previous;
    final Path input;
    final Path output;
    final Path completed;

    LeaseFileSet(Path current) {
        this.current = current.toAbsolutePath();
        this.previous = sibling(".2");
        this.input = sibling(".1");
        this.output = sibling(".output");
        this.completed = sibling(".completed");
    }

    /** @return the files to load at startup, in Kea's order: F.completed, else F.2 then F.1; then F */
    List<Path> loadOrder() {
        if (Files.exists(completed)) {
            return List.of(completed, current);
        }
        return List.of(previous, input, current);
    }

    /** @return every file of the set, normalised */
    List<Path> all() {
        return List.of(current, previous, input, output, completed).stream().map(Path::normalize).toList();
    }

    /** Makes renames and creations in the lease file's directory durable. */
    void syncDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(current.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    private Path sibling(String suffix) {
        return current.resolveSibling(current.getFileName() + suffix);
    }
}
