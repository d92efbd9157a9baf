package org.nestor.core.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * Generates the console's login key where {@code ssh-keygen} is missing: an RSA key pair, the private key as PKCS#8
 * PEM in {@code FILE} (mode 600, read by Karaf's {@code bin/client -k}) and the public key in OpenSSH format in
 * {@code FILE.pub} (the form {@code etc/keys.properties} takes). Used by {@code bin/nestor-dhcp4} on an instance's
 * first start: {@code java -cp lib/nestor/* org.nestor.core.cli.ConsoleKeyGenerator FILE}.
 */
public final class ConsoleKeyGenerator {
    private static final int BITS = 3072;

    private ConsoleKeyGenerator() {
    }

    /** @param args the private key's file name */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ConsoleKeyGenerator FILE   (writes FILE and FILE.pub)");
            System.exit(2);
        }
        try {
            write(Path.of(args[0]), "karaf@nestor");
        } catch (IOException | GeneralSecurityException e) {
            System.err.println("cannot write the console key " + args[0] + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Writes a new key pair.
     *
     * @param privateKey the private key's file, created with mode 600; the public key goes to the same name + {@code .pub}
     * @param comment the public key's comment
     */
    public static void write(Path privateKey, String comment) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(BITS);
        KeyPair pair = generator.generateKeyPair();
        Files.deleteIfExists(privateKey);
        Files.createFile(privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(privateKey, pem, StandardCharsets.US_ASCII);
        Path publicKey = privateKey.resolveSibling(privateKey.getFileName() + ".pub");
        Files.writeString(publicKey, openSshPublicKey((RSAPublicKey) pair.getPublic()) + " " + comment + "\n",
                StandardCharsets.US_ASCII);
    }

    /**
     * @return {@code ssh-rsa BASE64}: RFC 4253's string "ssh-rsa", mpint e, mpint n (two's complement, as
     *         {@code BigInteger.toByteArray} gives them), base64-encoded
     */
    public static String openSshPublicKey(RSAPublicKey key) {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        writeField(blob, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        writeField(blob, key.getPublicExponent().toByteArray());
        writeField(blob, key.getModulus().toByteArray());
        return "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray());
    }

    private static void writeField(ByteArrayOutputStream out, byte[] data) {
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        out.writeBytes(data);
    }
}
