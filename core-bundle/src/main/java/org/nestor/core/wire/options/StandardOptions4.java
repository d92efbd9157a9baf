package org.nestor.core.wire.options;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The DHCPv4 option definitions Kea 2.2 knows without configuration, with Kea's names, codes, types and spaces:
 * space {@code dhcp4} (each name checked against {@code kea-dhcp4 -t}) and the DOCSIS space {@code vendor-4491}.
 * Kea 2.2 defines no option 121 ({@code classless-static-route} came later) and no configurable sub-options of
 * option 82 (see {@link org.nestor.core.wire.RelayAgentInfo}); option 43 encapsulates
 * {@code vendor-encapsulated-options-space}, which starts empty.
 */
public final class StandardOptions4 {
    /** The standard DHCPv4 option space. */
    public static final String DHCP4 = "dhcp4";
    /** Space encapsulated by option 43. */
    public static final String VENDOR_ENCAPSULATED = "vendor-encapsulated-options-space";
    /** Space encapsulated by option 82. */
    public static final String AGENT_OPTIONS = "dhcp-agent-options-space";
    /** The DOCSIS vendor space (enterprise 4491). */
    public static final String DOCSIS = "vendor-4491";
    /** Kea's other name for the same DOCSIS definitions (used by Kea's all-options example). */
    public static final String DOCSIS3_V4 = "docsis3-v4";

    /** name|code|type|array|record field types|encapsulated space. */
    private static final String[] DHCP4_TABLE = {
            "subnet-mask|1|ipv4-address|0||",
            "time-offset|2|int32|0||",
            "routers|3|ipv4-address|1||",
            "time-servers|4|ipv4-address|1||",
            "name-servers|5|ipv4-address|1||",
            "domain-name-servers|6|ipv4-address|1||",
            "log-servers|7|ipv4-address|1||",
            "cookie-servers|8|ipv4-address|1||",
            "lpr-servers|9|ipv4-address|1||",
            "impress-servers|10|ipv4-address|1||",
            "resource-location-servers|11|ipv4-address|1||",
            "host-name|12|string|0||",
            "boot-size|13|uint16|0||",
            "merit-dump|14|string|0||",
            "domain-name|15|string|0||",
            "swap-server|16|ipv4-address|0||",
            "root-path|17|string|0||",
            "extensions-path|18|string|0||",
            "ip-forwarding|19|boolean|0||",
            "non-local-source-routing|20|boolean|0||",
            "policy-filter|21|ipv4-address|1||",
            "max-dgram-reassembly|22|uint16|0||",
            "default-ip-ttl|23|uint8|0||",
            "path-mtu-aging-timeout|24|uint32|0||",
            "path-mtu-plateau-table|25|uint16|1||",
            "interface-mtu|26|uint16|0||",
            "all-subnets-local|27|boolean|0||",
            "broadcast-address|28|ipv4-address|0||",
            "perform-mask-discovery|29|boolean|0||",
            "mask-supplier|30|boolean|0||",
            "router-discovery|31|boolean|0||",
            "router-solicitation-address|32|ipv4-address|0||",
            "static-routes|33|ipv4-address|1||",
            "trailer-encapsulation|34|boolean|0||",
            "arp-cache-timeout|35|uint32|0||",
            "ieee802-3-encapsulation|36|boolean|0||",
            "default-tcp-ttl|37|uint8|0||",
            "tcp-keepalive-interval|38|uint32|0||",
            "tcp-keepalive-garbage|39|boolean|0||",
            "nis-domain|40|string|0||",
            "nis-servers|41|ipv4-address|1||",
            "ntp-servers|42|ipv4-address|1||",
            "vendor-encapsulated-options|43|empty|0||vendor-encapsulated-options-space",
            "netbios-name-servers|44|ipv4-address|1||",
            "netbios-dd-server|45|ipv4-address|1||",
            "netbios-node-type|46|uint8|0||",
            "netbios-scope|47|string|0||",
            "font-servers|48|ipv4-address|1||",
            "x-display-manager|49|ipv4-address|1||",
            "dhcp-requested-address|50|ipv4-address|0||",
            "dhcp-lease-time|51|uint32|0||",
            "dhcp-option-overload|52|uint8|0||",
            "dhcp-message-type|53|uint8|0||",
            "dhcp-server-identifier|54|ipv4-address|0||",
            "dhcp-parameter-request-list|55|uint8|1||",
            "dhcp-message|56|string|0||",
            "dhcp-max-message-size|57|uint16|0||",
            "dhcp-renewal-time|58|uint32|0||",
            "dhcp-rebinding-time|59|uint32|0||",
            "vendor-class-identifier|60|string|0||",
            "dhcp-client-identifier|61|binary|0||",
            "nwip-domain-name|62|string|0||",
            "nwip-suboptions|63|binary|0||",
            "nisplus-domain-name|64|string|0||",
            "nisplus-servers|65|ipv4-address|1||",
            "tftp-server-name|66|string|0||",
            "boot-file-name|67|string|0||",
            "mobile-ip-home-agent|68|ipv4-address|1||",
            "smtp-server|69|ipv4-address|1||",
            "pop-server|70|ipv4-address|1||",
            "nntp-server|71|ipv4-address|1||",
            "www-server|72|ipv4-address|1||",
            "finger-server|73|ipv4-address|1||",
            "irc-server|74|ipv4-address|1||",
            "streettalk-server|75|ipv4-address|1||",
            "streettalk-directory-assistance-server|76|ipv4-address|1||",
            "user-class|77|binary|0||",
            "slp-directory-agent|78|record|1|boolean,ipv4-address|",
            "slp-service-scope|79|record|0|boolean,string|",
            "fqdn|81|record|0|uint8,uint8,uint8,fqdn|",
            "dhcp-agent-options|82|empty|0||dhcp-agent-options-space",
            "nds-servers|85|ipv4-address|1||",
            "nds-tree-name|86|string|0||",
            "nds-context|87|string|0||",
            "bcms-controller-names|88|fqdn|1||",
            "bcms-controller-address|89|ipv4-address|1||",
            "authenticate|90|binary|0||",
            "client-last-transaction-time|91|uint32|0||",
            "associated-ip|92|ipv4-address|1||",
            "client-system|93|uint16|1||",
            "client-ndi|94|record|0|uint8,uint8,uint8|",
            "uuid-guid|97|record|0|uint8,binary|",
            "uap-servers|98|string|0||",
            "geoconf-civic|99|binary|0||",
            "pcode|100|string|0||",
            "tcode|101|string|0||",
            "v6-only-preferred|108|uint32|0||",
            "netinfo-server-address|112|ipv4-address|1||",
            "netinfo-server-tag|113|string|0||",
            "v4-captive-portal|114|string|0||",
            "auto-config|116|uint8|0||",
            "name-service-search|117|uint16|1||",
            "subnet-selection|118|ipv4-address|0||",
            "domain-search|119|fqdn|1||",
            "vivco-suboptions|124|record|0|uint32,binary|",
            "vivso-suboptions|125|uint32|0||",
            "pana-agent|136|ipv4-address|1||",
            "v4-lost|137|fqdn|0||",
            "capwap-ac-v4|138|ipv4-address|1||",
            "sip-ua-cs-domains|141|fqdn|1||",
            "rdnss-selection|146|record|1|uint8,ipv4-address,ipv4-address,fqdn|",
            "v4-portparams|159|record|0|uint8,psid|",
            "option-6rd|212|record|1|uint8,uint8,ipv6-address,ipv4-address|",
            "v4-access-domain|213|fqdn|0||",
    };

    private static final String[] DOCSIS_TABLE = {
            "oro|1|uint8|1||",
            "tftp-servers|2|ipv4-address|1||",
    };

    private static final OptionDefinitions DEFINITIONS = OptionDefinitionSet.of(load());

    private StandardOptions4() {
    }

    /** @return the standard definitions (spaces {@code dhcp4}, {@code vendor-4491} and {@code docsis3-v4}) */
    public static OptionDefinitions definitions() {
        return DEFINITIONS;
    }

    /** @return true when {@code space} is one whose standard definitions a custom option-def may not override */
    public static boolean isProtectedSpace(String space) {
        return DHCP4.equals(space);
    }

    private static List<OptionDefinition> load() {
        List<OptionDefinition> defs = new ArrayList<>();
        for (String row : DHCP4_TABLE) {
            defs.add(parse(DHCP4, row));
        }
        for (String row : DOCSIS_TABLE) {
            defs.add(parse(DOCSIS, row));
            defs.add(parse(DOCSIS3_V4, row));
        }
        return defs;
    }

    private static OptionDefinition parse(String space, String row) {
        String[] f = row.split("\\|", -1);
        List<OptionDataType> record = f[4].isEmpty() ? List.of()
                : Arrays.stream(f[4].split(",")).map(OptionDataType::byKeaName).toList();
        return new OptionDefinition(f[0], Integer.parseInt(f[1]), space, OptionDataType.byKeaName(f[2]),
                "1".equals(f[3]), record, f[5]);
    }
}
