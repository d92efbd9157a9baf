package org.nestor.core.classify;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.nestor.core.wire.options.OptionDataType;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitions;

/** A few DHCPv4 definitions with Kea's names and types, standing in for the standard set in tests. */
final class TestOptionDefinitions implements OptionDefinitions {
    static final String AGENT = "dhcp-agent-options-space";
    private final List<OptionDefinition> all = List.of(
            def("routers", 3, "dhcp4", OptionDataType.IPV4_ADDRESS, true, ""),
            def("host-name", 12, "dhcp4", OptionDataType.STRING, false, ""),
            def("vendor-encapsulated-options", 43, "dhcp4", OptionDataType.EMPTY, false,
                    "vendor-encapsulated-options-space"),
            def("dhcp-lease-time", 51, "dhcp4", OptionDataType.UINT32, false, ""),
            def("dhcp-message-type", 53, "dhcp4", OptionDataType.UINT8, false, ""),
            def("vendor-class-identifier", 60, "dhcp4", OptionDataType.STRING, false, ""),
            def("user-class", 77, "dhcp4", OptionDataType.BINARY, false, ""),
            def("dhcp-agent-options", 82, "dhcp4", OptionDataType.EMPTY, false, AGENT),
            def("client-system", 93, "dhcp4", OptionDataType.UINT16, true, ""),
            def("domain-search", 119, "dhcp4", OptionDataType.FQDN, true, ""),
            def("circuit-id", 1, AGENT, OptionDataType.BINARY, false, ""),
            def("link-selection", 5, AGENT, OptionDataType.IPV4_ADDRESS, false, ""),
            def("pxe-discovery-control", 6, "vendor-encapsulated-options-space", OptionDataType.UINT8, false, ""));

    private static OptionDefinition def(String name, int code, String space, OptionDataType type, boolean array,
                                        String encapsulate) {
        return new OptionDefinition(name, code, space, type, array, List.of(), encapsulate);
    }

    @Override
    public Optional<OptionDefinition> byName(String space, String name) {
        return all.stream().filter(d -> d.space().equals(space) && d.name().equals(name)).findFirst();
    }

    @Override
    public Optional<OptionDefinition> byCode(String space, int code) {
        return all.stream().filter(d -> d.space().equals(space) && d.code() == code).findFirst();
    }

    @Override
    public Collection<OptionDefinition> inSpace(String space) {
        return all.stream().filter(d -> d.space().equals(space)).toList();
    }
}
