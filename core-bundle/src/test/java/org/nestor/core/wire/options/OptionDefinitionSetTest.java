package org.nestor.core.wire.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionDefinitionSetTest {
    private static OptionDefinition def(String name, int code, String space, OptionDataType type, boolean array,
                                        List<OptionDataType> record) {
        return new OptionDefinition(name, code, space, type, array, record, "");
    }

    private static OptionDefinition simple(String name, int code) {
        return def(name, code, "dhcp4", OptionDataType.UINT8, false, List.of());
    }

    private static String error(OptionDefinition d, OptionDefinition... earlier) {
        return OptionDefinitionSet.customDefinitionError(List.of(earlier), d).orElse(null);
    }

    @Test
    void customDefinitionsAreFoundBesideStandardOnes() {
        OptionDefinitionSet set = OptionDefinitionSet.withCustom(StandardOptions4.definitions(),
                List.of(simple("foo", 222), def("csr", 121, "dhcp4", OptionDataType.BINARY, false, List.of())));
        assertEquals(222, set.byName("dhcp4", "foo").orElseThrow().code());
        assertEquals("csr", set.byCode("dhcp4", 121).orElseThrow().name());
        assertEquals(3, set.byName("dhcp4", "routers").orElseThrow().code());
        assertEquals(116, set.inSpace("dhcp4").size());
    }

    @Test
    void customDefinitionReplacesAStandardOneOutsideDhcp4() {
        OptionDefinition mine = def("mine", 2, "vendor-4491", OptionDataType.STRING, false, List.of());
        OptionDefinitionSet set = OptionDefinitionSet.withCustom(StandardOptions4.definitions(), List.of(mine));
        assertEquals(mine, set.byCode("vendor-4491", 2).orElseThrow());
        assertEquals(Optional.empty(), set.byName("vendor-4491", "tftp-servers"));
        assertEquals(2, set.inSpace("vendor-4491").size());
    }

    @Test
    void redefiningAStandardDhcp4OptionIsRefusedLikeKea() {
        assertEquals("unable to override definition of option '3' in standard option space 'dhcp4'",
                error(simple("foo", 3)));
        assertEquals("unable to override definition of option 'routers' in standard option space 'dhcp4'",
                error(simple("routers", 222)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptionDefinitionSet.withCustom(StandardOptions4.definitions(), List.of(simple("foo", 3))));
        assertTrue(e.getMessage().startsWith("unable to override"));
    }

    @Test
    void duplicatesNamesAndReservedCodesAreRefusedLikeKea() {
        assertEquals("option definition with name 'foo' already exists in option space 'dhcp4'",
                error(simple("foo", 223), simple("foo", 222)));
        assertEquals("option definition with code '222' already exists in option space 'dhcp4'",
                error(simple("bar", 222), simple("foo", 222)));
        assertEquals("invalid option code '0': reserved for PAD", error(simple("foo", 0)));
        assertEquals("invalid option code '255': reserved for END", error(simple("foo", 255)));
        assertEquals("invalid option code '256', it must not be greater than '255'", error(simple("foo", 256)));
        assertEquals("invalid option name 'fo o'", error(simple("fo o", 222)));
        assertEquals("invalid option name '-foo'", error(simple("-foo", 222)));
        assertEquals(null, error(simple("f_o", 222)));
        assertEquals(null, error(def("foo", 0, "other", OptionDataType.UINT8, false, List.of())));
    }

    @Test
    void badLayoutsAreRefusedLikeKea() {
        assertEquals("array of strings is not a valid option definition.",
                error(def("foo", 222, "dhcp4", OptionDataType.STRING, true, List.of())));
        assertEquals("invalid number of data fields: 1 specified for the option of type 'record'. Expected at"
                + " least 2 fields.", error(def("foo", 222, "dhcp4", OptionDataType.RECORD, false,
                List.of(OptionDataType.UINT8))));
        assertEquals("string data field can't be laid before data fields of other types.",
                error(def("foo", 222, "dhcp4", OptionDataType.RECORD, false,
                        List.of(OptionDataType.UINT8, OptionDataType.STRING, OptionDataType.UINT8))));
        assertEquals("option 'dhcp4.foo', comprising an array of data fields may not encapsulate any option space",
                error(new OptionDefinition("foo", 222, "dhcp4", OptionDataType.UINT8, true, List.of(), "bar")));
    }
}
