package org.nestor.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals with Kea's wording and the position of the offending text (expected texts checked with kea-dhcp4 -t). */
class ConfigErrorPositionTest {
    @TempDir
    Path dir;

    private String error(String text) {
        Dhcp4ConfigParser p = new Dhcp4ConfigParser().includeBase(dir).stateDirectory(dir)
                .environment(SystemEnvironment.PERMISSIVE);
        return assertThrows(ConfigException.class, () -> p.parse(text, "c.json")).getMessage();
    }

    @Test
    void aClientClassMayDefineOnlyOption43AsKea22Allows() {
        assertTrue(error("{\"Dhcp4\": {\"client-classes\": [{\"name\": \"c\", \"option-def\": "
                + "[{\"name\": \"x\", \"code\": 200, \"type\": \"string\"}]}]}}")
                .endsWith("Not allowed option definition for code '200' in space 'dhcp4'"));
        Dhcp4ConfigParser p = new Dhcp4ConfigParser().includeBase(dir).stateDirectory(dir)
                .environment(SystemEnvironment.PERMISSIVE);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> p.parse("{\"Dhcp4\": {\"client-classes\": [{"
                + "\"name\": \"c\", \"option-def\": [{\"name\": \"vendor-encapsulated-options\", "
                + "\"code\": 43, \"type\": \"empty\", \"encapsulate\": \"pxe\"}]}]}}", "c.json"));
    }

    @Test
    void unknownKeyIsReportedAtTheKey() {
        assertEquals("c.json:2.3: got unexpected keyword \"foo\" in Dhcp4 map.", error("{\"Dhcp4\": {\n  \"foo\": 1 }}"));
        assertEquals("c.json:1.51: got unexpected keyword \"foo\" in subnet4 map.",
                error("{\"Dhcp4\": {\"subnet4\": [{\"subnet\": \"192.0.2.0/24\", \"foo\": 1}]} }"));
    }

    @Test
    void wrongKindsAreSyntaxErrorsAtTheValue() {
        assertEquals("c.json:1.31: syntax error, unexpected constant string, expecting integer",
                error("{\"Dhcp4\": { \"valid-lifetime\": \"x\" }}"));
        assertEquals("c.json:1.27: syntax error, unexpected integer, expecting floating point",
                error("{\"Dhcp4\": { \"t1-percent\": 1 }}"));
        assertEquals("c.json:1.30: syntax error, unexpected integer, expecting boolean",
                error("{\"Dhcp4\": {\"echo-client-id\": 1} }"));
    }

    @Test
    void repeatedKeyNamesBothPlaces() {
        assertEquals("c.json:1.33: duplicate valid-lifetime entries in Dhcp4 map (previous at c.json:1:30)",
                error("{\"Dhcp4\": {\"valid-lifetime\": 1, \"valid-lifetime\": 2} }"));
    }

    @Test
    void subnetWithoutPrefixIsMissingAParameter() {
        assertTrue(error("{\"Dhcp4\": { \"subnet4\": [ { \"id\": 1 } ] }}")
                .startsWith("c.json:1.26: missing parameter 'subnet' (subnet4 map between c.json:1:26 and"));
    }

    @Test
    void semanticErrorsUseKeasSentences() {
        assertEquals("c.json:1.65: subnet configuration failed: a pool of type V4, with the following address range:"
                + " 198.51.100.1-198.51.100.10 does not match the prefix of a subnet: 192.0.2.0/24 to which it is being"
                + " added", error("{\"Dhcp4\": { \"subnet4\": [ { \"subnet\": \"192.0.2.0/24\", \"pools\": [ { \"pool\":"
                + " \"198.51.100.1 - 198.51.100.10\" } ] } ] }}"));
        assertEquals("c.json:1.65: ID of the new IPv4 subnet '1' is already in use", error("{\"Dhcp4\": { \"subnet4\":"
                + " [ { \"id\": 1, \"subnet\": \"192.0.2.0/24\" }, { \"id\": 1, \"subnet\": \"198.51.100.0/24\" } ] }}"));
        assertEquals("c.json:1.26: subnet configuration failed: Failed to convert string to address '192.0.2.300':"
                + " Invalid argument", error("{\"Dhcp4\": { \"subnet4\": [ { \"subnet\": \"192.0.2.300/24\" } ] }}"));
    }

    @Test
    void unknownOptionNameIsRefused() {
        Dhcp4ConfigParser p = new Dhcp4ConfigParser().stateDirectory(dir).environment(SystemEnvironment.PERMISSIVE)
                .standardOptions(NoOptionDefinitions::new);
        ConfigException e = assertThrows(ConfigException.class, () -> p.parse(
                "{\"Dhcp4\": { \"option-data\": [ { \"name\": \"foo-bar\", \"data\": \"1\" } ] }}", "c.json"));
        assertEquals("c.json:1.30: definition for the option 'dhcp4.foo-bar' having code '0' does not exist",
                e.getMessage());
    }

    @Test
    void automaticIdCollidingWithAnExplicitOneIsRefusedLikeKea() {
        String msg = error("{\"Dhcp4\": { \"subnet4\": [ { \"subnet\": \"198.51.100.0/24\" },"
                + " { \"id\": 1, \"subnet\": \"192.0.2.0/24\" } ] }}");
        assertTrue(msg.endsWith("ID of the new IPv4 subnet '1' is already in use"), msg);
    }

    @Test
    void otherDaemonsSectionsAreRefusedAsKea22Does() {
        assertTrue(error("{\"Dhcp4\": {\"valid-lifetime\": 1}, \"Dhcp6\": {} }")
                .startsWith("c.json:1.34: syntax error, unexpected constant string, expecting \",\" or }"));
        assertTrue(error("{\"Logging\": {}, \"Dhcp4\": {\"valid-lifetime\": 1} }")
                .startsWith("c.json:1.2: syntax error, unexpected constant string, expecting Dhcp4"));
    }

    @Test
    void includeProblemsAndUnclosedCommentsArePositioned() throws Exception {
        assertEquals("c.json:2.2: Can't open include file missing.json",
                error("{\"Dhcp4\": {\n <?include \"missing.json\"?> }}"));
        Files.writeString(dir.resolve("part.json"), "\n  \"foo\": 1");
        assertEquals("part.json:2.3: got unexpected keyword \"foo\" in Dhcp4 map.",
                error("{\"Dhcp4\": {\n <?include \"part.json\"?> }}"));
        assertTrue(error("{\"Dhcp4\": {\n  /* open\n }}").startsWith("c.json:2.3: Comment not closed."));
    }

    @Test
    void reservationChecksFollowKea() {
        String sub = "{\"Dhcp4\": { \"subnet4\": [ { \"subnet\": \"192.0.2.0/24\", \"reservations\": [ %s ] } ] }}";
        assertTrue(error(String.format(sub, "{ \"hw-address\": \"aa:bb:cc:dd:ee:ff\", \"ip-address\": \"198.51.100.1\" }"))
                .endsWith("specified reservation '198.51.100.1' is not within the IPv4 subnet '192.0.2.0/24'"));
        assertTrue(error(String.format(sub, "{ \"hw-address\": \"aa:bb:cc:dd:ee:ff\" }, { \"hw-address\":"
                + " \"aa:bb:cc:dd:ee:ff\" }")).endsWith("as this host has already been added"));
        assertTrue(error(String.format(sub, "{ \"hw-address\": \"zz:bb\" }"))
                .endsWith("invalid host identifier value 'zz:bb'"));
        assertTrue(error(String.format(sub, "{ \"hw-address\": \"aa:bb\", \"duid\": \"01:02\" }"))
                .endsWith("the 'hw-address' and 'duid' are mutually exclusive"));
    }

    @Test
    void classTestNamingAnUndefinedClassIsRefused() {
        assertTrue(error("{\"Dhcp4\": { \"client-classes\": [ { \"name\": \"a\", \"test\": \"member('b')\" },"
                + " { \"name\": \"b\" } ] }}").contains("Not defined client class 'b'"));
    }

    @Test
    void missingInterfaceIsRefusedLikeKeaDashTAndAHookLibraryIsCheckedByNameOnly() throws Exception {
        Dhcp4ConfigParser p = new Dhcp4ConfigParser().stateDirectory(dir).environment(SystemEnvironment.HOST);
        ConfigException e = assertThrows(ConfigException.class, () -> p.parse("{\"Dhcp4\": {\"interfaces-config\": "
                + "{\"interfaces\": [\"nestor-none0\"]}}}", "c.json"));
        assertTrue(e.getMessage().endsWith("interface 'nestor-none0' doesn't exist in the system"), e.getMessage());
        assertEquals("/nonexistent/libdhcp_x.so", p.parse("{\"Dhcp4\": {\"hooks-libraries\": "
                + "[{\"library\": \"/nonexistent/libdhcp_x.so\"}]}}", "c.json").hooksLibraries().get(0).library());
        e = assertThrows(ConfigException.class, () -> p.parse("{\"Dhcp4\": {\"hooks-libraries\": "
                + "[{\"library\": \"/opt/lib/\"}]}}", "c.json"));
        assertTrue(e.getMessage().endsWith("library or libraries in error are: /opt/lib/"), e.getMessage());
    }
}
