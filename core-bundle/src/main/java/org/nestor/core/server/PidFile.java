package org.nestor.core.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Kea's pid file, {@code <dir>/<config file name without extension>.kea-dhcp4.pid}: it stops a second instance
 * from starting on the same configuration, and tells scripts whom to send SIGHUP.
 */
public final class PidFile {
    private final Path path;
    private final long pid;

    private PidFile(Path path, long pid) {
        this.path = path;
        this.pid = pid;
    }

    /** @return the pid file Kea would use for {@code configFile} in {@code directory} */
    public static Path pathFor(Path directory, Path configFile) {
        String name = configFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return directory.resolve(base + ".kea-dhcp4.pid");
    }

    /**
     * Writes this process's pid, unless a live process other than this one owns the file already.
     *
     * @throws AlreadyRunningException with Kea's DHCP4_ALREADY_RUNNING wording
     * @throws IOException when the file cannot be written
     */
    public static PidFile acquire(Path directory, Path configFile) throws IOException, AlreadyRunningException {
        Path path = pathFor(directory, configFile);
        long self = ProcessHandle.current().pid();
        long owner = readPid(path);
        if (owner > 0 && owner != self && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
            throw new AlreadyRunningException("nestor-dhcp4 already running? PID: " + owner + " exists, PID file: "
                    + path);
        }
        Files.createDirectories(directory);
        Files.writeString(path, self + "\n", StandardCharsets.US_ASCII);
        return new PidFile(path, self);
    }

    /** Deletes the file if it still holds this process's pid. */
    public void release() {
        try {
            if (readPid(path) == pid) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // Stopping anyway; a stale file is recognised as stale by the next start.
        }
    }

    public Path path() {
        return path;
    }

    private static long readPid(Path path) throws IOException {
        try {
            return Long.parseLong(Files.readString(path, StandardCharsets.US_ASCII).trim());
        } catch (NoSuchFileException e) {
            return 0;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Another live instance owns the pid file. */
    public static final class AlreadyRunningException extends Exception {
        private static final long serialVersionUID = 1L;

        AlreadyRunningException(String message) {
            super(message);
        }
    }
}
