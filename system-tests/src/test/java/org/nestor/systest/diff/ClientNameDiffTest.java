package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** Host name (option 12) and client FQDN (option 81) in subnet 9 (hostname-char-set): as Kea. */
class ClientNameDiffTest extends DifferentialTest {
    private static final String RELAY = "127.0.0.9";

    private void dora(String scenario, String mac, Query discover, Query request) throws Exception {
        Dhcp4Packet offer = servers.ask(scenario + " DISCOVER", RELAY, discover).assertSameReply();
        assertEquals(2, offer.messageType());
        servers.ask(scenario + " REQUEST", RELAY, request.ip(50, Addresses.text(offer.yiaddr))).assertSameReply();
    }

    @Test
    void hostNameWithCharactersOutsideTheCharSetIsSanitisedLikeKea() throws Exception {
        String mac = "02:00:00:00:09:01";
        dora("option 12 'my_host name!'", mac, Query.discover(mac).text(12, "my_host name!"),
                Query.discover(mac).text(12, "my_host name!").option(53, (byte) 3).ip(54, "127.0.0.1"));
        String mac2 = "02:00:00:00:09:02";
        dora("option 12 fully qualified", mac2, Query.discover(mac2).text(12, "box.other.example."),
                Query.discover(mac2).text(12, "box.other.example.").option(53, (byte) 3).ip(54, "127.0.0.1"));
        assertSameLeases(9);
    }

    @Test
    void clientFqdnFlagsAreAnsweredLikeKea() throws Exception {
        int[] flags = {0x00, 0x01, 0x04, 0x05, 0x0c};
        for (int i = 0; i < flags.length; i++) {
            String mac = "02:00:00:00:09:1" + i;
            byte[] fqdn = fqdn(flags[i], "laptop" + i);
            dora("option 81 flags " + flags[i], mac, Query.discover(mac).option(81, fqdn),
                    Query.discover(mac).option(81, fqdn).option(53, (byte) 3).ip(54, "127.0.0.1"));
        }
        assertSameLeases(9);
    }

    /**
     * Kea qualifies the names it sends back with {@code ddns-qualifying-suffix} even with DNS updates off
     * ("my-box" → option 12 "my-box.example.org", option 81 "my-box.example.org."); names with more labels or a
     * trailing dot are checked too.
     */
    @Test
    void namesAreQualifiedWithTheSubnetsSuffixLikeKea() throws Exception {
        String relay = "127.0.0.15";
        String[][] cases = {{"01", "my-box"}, {"02", "my-box.lab"}, {"03", "my-box.lab."}};
        for (String[] c : cases) {
            String mac = "02:00:00:00:15:" + c[0];
            Dhcp4Packet offer = servers.ask("option 12 '" + c[1] + "'", relay,
                    Query.discover(mac).text(12, c[1])).assertSameReply();
            servers.ask("option 81 '" + c[1] + "'", relay, Query.select(mac, Addresses.text(offer.yiaddr))
                    .option(81, fqdn(0x01, c[1]))).assertSameReply();
        }
        assertSameLeases(15);
    }

    /** Option 81: flags, two zero rcodes, the name in wire format when E is set, else ASCII. */
    private static byte[] fqdn(int flags, String partialName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(flags);
        out.write(0);
        out.write(0);
        byte[] name = partialName.getBytes(StandardCharsets.US_ASCII);
        if ((flags & 0x04) != 0) {
            out.write(name.length);
        }
        out.writeBytes(name);
        return out.toByteArray();
    }
}
