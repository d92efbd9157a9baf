package org.nestor.core.control.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.nestor.core.config.ConfigException;
import org.nestor.core.json.JsonPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Kea's {@code user-file} / {@code password-file} (content without a final line break) and, when the
 * configuration asks for it, creates a missing password file with a random password, readable by its owner
 * only. The password is never logged; only the file's path is.
 */
public final class PasswordFiles {
    private static final Logger LOG = LoggerFactory.getLogger("kea-ctrl-agent");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PASSWORD_LENGTH = 32;
    private final boolean generateMissing;

    /** @param generateMissing whether a missing password file is created rather than refused */
    public PasswordFiles(boolean generateMissing) {
        this.generateMissing = generateMissing;
    }

    /** @return the content of a credential file, without a trailing line break */
    public String read(Path file, JsonPosition where) throws ConfigException {
        try {
            return stripNewline(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(where, "failed to read file '" + file + "': " + e.getMessage());
        }
    }

    /** @return the password in {@code file}, first creating the file when missing and generation is enabled */
    public String readOrCreate(Path file, JsonPosition where, String user) throws ConfigException {
        if (generateMissing && !Files.exists(file)) {
            try {
                create(file);
                LOG.info("NESTOR_CREDENTIAL_GENERATED generated a password for user '{}' in {} (readable by its "
                        + "owner only)", user, file);
            } catch (FileAlreadyExistsException e) {
                // another process created it first: read theirs
            } catch (IOException e) {
                throw new ConfigException(where, "failed to create password file '" + file + "': " + e.getMessage());
            }
        }
        return read(file, where);
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        String password = generatedPassword();
        Path tmp = Files.createTempFile(dir, ".password", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, password + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @return 32 letters and digits (about 190 random bits): nothing a shell or an option parser reads specially.
     *         Base64 put a leading {@code -} in some, which kea-shell's {@code --auth-password} took for an option.
     */
    static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String stripNewline(String s) {
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
