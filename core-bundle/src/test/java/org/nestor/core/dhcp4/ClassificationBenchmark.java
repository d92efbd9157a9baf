package org.nestor.core.dhcp4;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Prints the cost of classification per packet (ns) for a 10-class netboot configuration, through the engine's
 * {@link ExpressionClientClassifier}: the three calls the engine makes per packet (on receipt, after host lookup,
 * required classes) over a mix of BIOS PXE, UEFI, iPXE and ordinary DISCOVERs. Not a test; run by hand:
 * {@code java -cp <test-classes>:<classes>:<dependencies> org.nestor.core.dhcp4.ClassificationBenchmark}.
 */
public final class ClassificationBenchmark {
    private static final String CONFIG = """
        { "Dhcp4": { "interfaces-config": { "interfaces": [ "IFACE" ] },
          "lease-database": { "type": "memfile", "persist": false },
          "client-classes": [
            { "name": "PXE", "test": "substring(option[60].hex,0,9) == 'PXEClient'" },
            { "name": "iPXE", "test": "option[175].exists or substring(option[77].hex,0,4) == 'iPXE'" },
            { "name": "UEFI-64", "test": "member('PXE') and option[93].hex == 0x0007" },
            { "name": "UEFI-32", "test": "member('PXE') and option[93].hex == 0x0006" },
            { "name": "BIOS", "test": "member('PXE') and option[93].hex == 0x0000" },
            { "name": "ARM64", "test": "option[93].hex == 0x000b" },
            { "name": "HTTPBoot", "test": "substring(option[60].hex,0,10) == 'HTTPClient'" },
            { "name": "Phones", "test": "substring(pkt4.mac,0,3) == 0x0004f2 or option[60].text == 'Polycom'" },
            { "name": "Known-iPXE", "test": "member('KNOWN') and member('iPXE')" },
            { "name": "PXE Host", "only-if-required": true,
              "test": "member('iPXE') or member('UEFI-64') or member('BIOS')" } ],
          "subnet4": [ { "id": 1, "subnet": "192.0.2.0/24", "require-client-classes": [ "PXE Host" ] } ] } }
        """;

    private ClassificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("nestor-bench");
        Dhcp4Config config = KeaJsonConfigs.parse(CONFIG, dir);
        ClientClassifier classifier = new ExpressionClientClassifier(config);
        Dhcp4Packet[] mix = {FirmwarePackets.biosPxe(1), FirmwarePackets.uefiPxe(2), FirmwarePackets.ipxe(3),
            FirmwarePackets.ipxeWithoutUserClass(4), FirmwarePackets.plain(5), FirmwarePackets.plain(6),
            FirmwarePackets.plain(7), FirmwarePackets.uefiPxe(8)};
        InboundDatagram[] in = new InboundDatagram[mix.length];
        for (int i = 0; i < mix.length; i++) {
            byte[] data = Dhcp4Codec.encode(mix[i], 1500);
            in[i] = new InboundDatagram(data, 0, 68, -1, EngineHarness.IFACE, EngineHarness.IFACE_ADDRESS);
            mix[i] = Dhcp4Codec.decode(data, 0, data.length);
        }
        List<String> required = List.of("PXE Host");
        long sink = 0;
        for (int round = 0; round < 6; round++) {
            int n = 2_000_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int k = i & 7;
                Set<String> c = classifier.classify(mix[k], in[k]);
                c = classifier.afterHostLookup(mix[k], in[k], c, Optional.empty());
                c = classifier.evaluateRequired(mix[k], in[k], c, required);
                sink += c.size();
            }
            long ns = System.nanoTime() - start;
            System.out.printf("round %d: %.0f ns/packet (10 classes, 3 classification calls per packet)%n", round,
                    (double) ns / n);
        }
        System.out.println("classes assigned " + sink);
        Files.deleteIfExists(dir);
    }
}
