package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.SubnetParameters4;
import org.nestor.core.wire.Dhcp4Packet;

/** ddns-qualifying-suffix applied to client names as Kea applies it with DNS updates off. */
class HostnameQualifyingTest {
    private static SubnetParameters4 withSuffix(String suffix) {
        SubnetParameters4 p = ConfigFixture.params();
        return new SubnetParameters4(p.valid(), p.renewTimer(), p.rebindTimer(), p.calculateTeeTimes(),
                p.t1Percent(), p.t2Percent(), p.matchClientId(), p.authoritative(), p.nextServer(),
                p.serverHostname(), p.bootFileName(), p.reservationsGlobal(), p.reservationsInSubnet(),
                p.reservationsOutOfPool(), p.hostnameCharSet(), p.hostnameCharReplacement(), p.offerLifetime(),
                p.storeExtendedInfo(), suffix);
    }

    private static String hostNameReply(String asked, String suffix) {
        Dhcp4Packet query = new Dhcp4Packet();
        query.options.put(HostnameResponder.HOST_NAME, asked.getBytes(StandardCharsets.US_ASCII));
        Dhcp4Packet reply = new Dhcp4Packet();
        HostnameResponder.respond(query, reply, Optional.empty(), withSuffix(suffix));
        return new String(reply.option(HostnameResponder.HOST_NAME), StandardCharsets.US_ASCII);
    }

    private static String fqdnReply(String asked, String suffix) {
        Dhcp4Packet query = new Dhcp4Packet();
        byte[] name = asked.getBytes(StandardCharsets.US_ASCII);
        byte[] fqdn = new byte[3 + name.length];
        fqdn[0] = 0x01;
        System.arraycopy(name, 0, fqdn, 3, name.length);
        query.options.put(HostnameResponder.CLIENT_FQDN, fqdn);
        Dhcp4Packet reply = new Dhcp4Packet();
        HostnameResponder.respond(query, reply, Optional.empty(), withSuffix(suffix));
        byte[] out = reply.option(HostnameResponder.CLIENT_FQDN);
        return new String(out, 3, out.length - 3, StandardCharsets.US_ASCII);
    }

    @Test
    void aSingleLabelHostNameGetsTheSuffixWithoutTrailingDot() {
        assertEquals("my-box.example.org", hostNameReply("my-box", "example.org"));
        assertEquals("my-box.lab", hostNameReply("my-box.lab", "example.org"));
        assertEquals("my-box", hostNameReply("my-box", ""));
    }

    @Test
    void aPartialFqdnGetsTheSuffixAndIsAnsweredFullyQualified() {
        assertEquals("my-box.example.org.", fqdnReply("my-box", "example.org"));
        assertEquals("my-box.lab.example.org.", fqdnReply("my-box.lab", "example.org"));
        assertEquals("my-box.lab.", fqdnReply("my-box.lab.", "example.org"));
        assertEquals("my-box.", fqdnReply("my-box", ""));
    }
}
