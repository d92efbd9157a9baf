package org.nestor.core.wire.options;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.nestor.core.wire.Captures;
import org.nestor.core.wire.Dhcp4Packet;
import org.junit.jupiter.api.Test;

/**
 * Encodes the option-data entries Kea was configured with when it sent {@code kea-offer-options.hex} (see the
 * README there) and compares with the bytes Kea put on the wire.
 */
class KeaWireAgreementTest {
    private static final String[][] CONFIGURED = {
        {"routers", "192.0.2.1"}, {"merit-dump", "a,b"}, {"root-path", "p, q"},
        {"slp-service-scope", "true, a,b"}, {"default-ip-ttl", "0x10"}, {"ip-forwarding", "True"},
        {"domain-search", "example.com, example.org."}, {"time-offset", "-2"},
        {"slp-directory-agent", "true, 192.0.2.1, 192.0.2.2"}, {"v4-portparams", "2, 3/4"},
        {"extensions-path", "a\\\\b"}, {"nis-domain", "x\\\\,y"}, {"vivco-suboptions", "4491, 0102"},
        {"uuid-guid", "0, 0102"}, {"client-system", "7, 9"}, {"user-class", "0a0b"}, {"www-server", ""},
        {"v4-captive-portal", "https://x/y?a=1"},
        {"rdnss-selection", "1, 192.0.2.1, 192.0.2.2, example.com, example.org"},
        {"option-6rd", "8, 0, 2001:db8::, 192.0.2.1, 192.0.2.2"}, {"vivso-suboptions", "4491"},
    };

    @Test
    void ourEncodingOfEachConfiguredValueIsTheBytesKeaSent() throws Exception {
        Dhcp4Packet offer = Captures.decode("kea-offer-options");
        for (String[] entry : CONFIGURED) {
            OptionDefinition def = StandardOptions4.definitions().byName("dhcp4", entry[0]).orElseThrow();
            assertArrayEquals(offer.option(def.code()), OptionValues.encode(def, entry[1], true), entry[0]);
        }
    }
}
