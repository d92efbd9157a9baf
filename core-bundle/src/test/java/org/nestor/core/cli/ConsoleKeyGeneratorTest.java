package org.nestor.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleKeyGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void privateKeyIsOwnerOnlyPkcs8AndThePublicKeyIsItsOpenSshForm() throws Exception {
        Path key = dir.resolve("karaf.key");
        ConsoleKeyGenerator.write(key, "karaf@test");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        String pem = Files.readString(key);
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"), pem);
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        RSAPrivateCrtKey priv = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(der));

        String[] pub = Files.readString(dir.resolve("karaf.key.pub")).trim().split(" ");
        assertEquals("ssh-rsa", pub[0]);
        assertEquals("karaf@test", pub[2]);
        ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(pub[1]));
        assertEquals("ssh-rsa", new String(field(blob), StandardCharsets.US_ASCII));
        assertEquals(priv.getPublicExponent(), new BigInteger(field(blob)));
        assertEquals(priv.getModulus(), new BigInteger(field(blob)));
        assertEquals(0, blob.remaining());
    }

    @Test
    void aSecondRunReplacesTheKeyPair() throws Exception {
        Path key = dir.resolve("karaf.key");
        ConsoleKeyGenerator.write(key, "c");
        String first = Files.readString(dir.resolve("karaf.key.pub"));
        ConsoleKeyGenerator.write(key, "c");
        assertNotEquals(first, Files.readString(dir.resolve("karaf.key.pub")));
    }

    private static byte[] field(ByteBuffer blob) {
        byte[] data = new byte[blob.getInt()];
        blob.get(data);
        return data;
    }
}
