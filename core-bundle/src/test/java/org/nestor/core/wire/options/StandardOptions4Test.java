package org.nestor.core.wire.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardOptions4Test {
    private final OptionDefinitions std = StandardOptions4.definitions();

    private OptionDefinition def(String name) {
        return std.byName("dhcp4", name).orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void namesAndCodesAreUniqueAndLookupsAgree() {
        Set<String> names = new HashSet<>();
        Set<Integer> codes = new HashSet<>();
        for (OptionDefinition d : std.inSpace("dhcp4")) {
            assertTrue(names.add(d.name()), d.name());
            assertTrue(codes.add(d.code()), d.name());
            assertEquals(d, std.byCode("dhcp4", d.code()).orElseThrow());
            assertTrue(d.code() > 0 && d.code() < 255, d.name());
        }
        assertEquals(114, names.size());
    }

    @Test
    void typesAreKeas() {
        assertEquals(OptionDataType.INT32, def("time-offset").type());
        assertTrue(def("routers").array());
        assertEquals(OptionDataType.IPV4_ADDRESS, def("routers").type());
        assertEquals(OptionDataType.STRING, def("domain-name").type());
        assertEquals(OptionDataType.BINARY, def("dhcp-client-identifier").type());
        assertEquals(54, def("dhcp-server-identifier").code());
        assertEquals(List.of(OptionDataType.UINT8, OptionDataType.UINT8, OptionDataType.UINT8, OptionDataType.FQDN),
                def("fqdn").recordTypes());
        assertEquals(List.of(OptionDataType.UINT8, OptionDataType.PSID), def("v4-portparams").recordTypes());
        assertEquals(OptionDataType.FQDN, def("domain-search").type());
        assertTrue(def("domain-search").array());
    }

    @Test
    void containersEncapsulateKeasSpaces() {
        assertEquals("dhcp-agent-options-space", def("dhcp-agent-options").encapsulate());
        assertEquals(OptionDataType.EMPTY, def("dhcp-agent-options").type());
        assertEquals("vendor-encapsulated-options-space", def("vendor-encapsulated-options").encapsulate());
    }

    @Test
    void optionsKea22DoesNotKnowAreAbsent() {
        assertFalse(std.byCode("dhcp4", 121).isPresent());
        assertFalse(std.byName("dhcp4", "default-url").isPresent());
        assertTrue(std.inSpace("dhcp-agent-options-space").isEmpty());
    }

    @Test
    void docsisVendorSpaceIsDefined() {
        OptionDefinition tftp = std.byName("vendor-4491", "tftp-servers").orElseThrow();
        assertEquals(2, tftp.code());
        assertTrue(tftp.array());
    }
}
