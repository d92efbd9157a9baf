package org.nestor.core.control.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.config.ConfigException;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;

class HttpSettingsParserTest {
    @TempDir
    Path dir;

    private JsonObject json(String text) throws Exception {
        return (JsonObject) new JsonParser().parse(text, "test.json");
    }

    private HttpSettingsParser parser(boolean generate) {
        return new HttpSettingsParser(dir, new PasswordFiles(generate));
    }

    @Test
    void clientsComeInlineOrFromFilesUnderTheDirectory() throws Exception {
        Files.createDirectories(dir.resolve("creds"));
        Files.writeString(dir.resolve("creds/user"), "ops\n");
        Files.writeString(dir.resolve("creds/pass"), "from-file\n");
        BasicAuthSettings auth = parser(false).authentication(json("{\"type\": \"basic\", \"realm\": \"r\", "
                + "\"directory\": \"creds\", \"clients\": [{\"user\": \"admin\", \"password\": \"inline\"}, "
                + "{\"user-file\": \"user\", \"password-file\": \"pass\"}, {\"user\": \"nopass\"}]}")).orElseThrow();
        assertEquals("r", auth.realm());
        assertEquals(List.of(new BasicCredential("admin", "inline"), new BasicCredential("ops", "from-file"),
                new BasicCredential("nopass", "")), auth.clients());
    }

    @Test
    void realmDefaultsToKeasAndNoClientsMeansNoAuthentication() throws Exception {
        BasicAuthSettings auth = parser(false).authentication(json("{\"type\": \"basic\"}")).orElseThrow();
        assertEquals("kea-control-agent", auth.realm());
        assertFalse(auth.required());
    }

    @Test
    void userWithAColonIsRefusedWithItsPosition() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> parser(false).authentication(json(
                "{\"type\": \"basic\",\n \"clients\": [{\"user\": \"a:b\", \"password\": \"x\"}]}")));
        assertEquals("test.json:2.14: user 'a:b' must not contain a ':'", e.getMessage());
    }

    @Test
    void missingPasswordFileIsAnErrorUnlessGenerationIsAsked() throws Exception {
        String text = "{\"type\": \"basic\", \"directory\": \"secret\", \"clients\": [{\"user\": \"nestor\", "
                + "\"password-file\": \"api-password\"}]}";
        assertThrows(ConfigException.class, () -> parser(false).authentication(json(text)));
        BasicCredential made = parser(true).authentication(json(text)).orElseThrow().clients().get(0);
        Path file = dir.resolve("secret/api-password");
        assertEquals(made.password(), Files.readString(file).strip());
        assertTrue(made.password().length() >= 24, made.password());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        BasicCredential again = parser(true).authentication(json(text)).orElseThrow().clients().get(0);
        assertEquals(made, again);
        assertFalse(made.toString().contains(made.password()));
    }

    @Test
    void tlsNeedsAllThreeFilesAndRequiresClientCertificatesByDefault() throws Exception {
        assertTrue(parser(false).tls(json("{}")).isEmpty());
        assertThrows(ConfigException.class, () -> parser(false).tls(json("{\"cert-file\": \"c.pem\"}")));
        TlsSettings tls = parser(false).tls(json("{\"trust-anchor\": \"ca.pem\", \"cert-file\": \"c.pem\", "
                + "\"key-file\": \"k.pem\"}")).orElseThrow();
        assertEquals(new TlsSettings(dir.resolve("ca.pem"), dir.resolve("c.pem"), dir.resolve("k.pem"), true), tls);
        assertFalse(parser(false).tls(json("{\"trust-anchor\": \"ca.pem\", \"cert-file\": \"c.pem\", "
                + "\"key-file\": \"k.pem\", \"cert-required\": false}")).orElseThrow().certRequired());
    }

    @Test
    void keaThreeHttpsControlSocketNeedsTls() throws Exception {
        HttpControlSettings s = parser(false).controlSocket(json("{\"socket-type\": \"http\", "
                + "\"socket-address\": \"127.0.0.1\", \"socket-port\": 8004}"));
        assertEquals(HttpControlSettings.plain("127.0.0.1", 8004), s);
        assertThrows(ConfigException.class, () -> parser(false).controlSocket(json("{\"socket-type\": \"https\"}")));
        assertThrows(ConfigException.class, () -> parser(false).controlSocket(json("{\"socket-type\": \"unix\"}")));
    }

    @Test
    void unknownKeyIsRefusedWithKeasWording() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> parser(false).authentication(json(
                "{\"type\": \"basic\", \"clients\": [], \"users\": []}")));
        assertEquals("test.json:1.34: got unexpected keyword \"users\"", e.getMessage());
    }
}
