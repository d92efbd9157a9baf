package org.nestor.systest.netboot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The netboot scenarios end to end: for both configuration styles, kea-dhcp4 and then the Nestor
 * distribution serve udhcpc and dhclient posing as UEFI, BIOS and iPXE firmware; each client must get the boot
 * file and TFTP server of its kind, and the same from both servers.
 */
class NetbootClientsTest {
    private static final String URL = "http://192.0.2.1/boot.ipxe";
    private static final String BIOS_VENDOR = "PXEClient:Arch:00000:UNDI:002001";
    private static final String UEFI_VENDOR = "PXEClient:Arch:00007:UNDI:003016";
    private static final String DHCLIENT_ARCH = "option arch code 93 = unsigned integer 16;\n"
            + "request subnet-mask, routers, tftp-server-name, bootfile-name, domain-search;\n";

    @TempDir
    Path dir;

    /** One client run: how it is started, and the variables (client's names) it must get. */
    private record Check(String name, Client client, Map<String, String> expected) {
    }

    @FunctionalInterface
    private interface Client {
        Map<String, String> run(NetbootLab lab) throws IOException, InterruptedException;
    }

    private static Check udhcpc(String name, String mac, Map<String, String> expected, String... options) {
        return new Check("udhcpc " + name, lab -> lab.udhcpc(mac, options), expected);
    }

    private static Check dhclient(String name, String mac, String conf, Map<String, String> expected) {
        return new Check("dhclient " + name, lab -> lab.dhclient(mac, DHCLIENT_ARCH + conf), expected);
    }

    @Test
    void optionDataStyleServesUefiBiosAndIpxeClientsAsKeaDoes() throws Exception {
        Map<String, String> uefi = Map.of("tftp", "192.0.2.1", "bootfile", "ipxe.efi");
        Map<String, String> bios = Map.of("tftp", "192.0.2.1", "bootfile", "undionly.kpxe");
        Map<String, String> ipxe = Map.of("bootfile", URL);
        compare("netboot-option-data.json", List.of(
                udhcpc("UEFI 93=0007", "02:00:00:00:0a:01", uefi, "-V", UEFI_VENDOR, "-x", "0x5d:0007"),
                udhcpc("BIOS 93=0000", "02:00:00:00:0a:02", bios, "-V", BIOS_VENDOR, "-x", "0x5d:0000"),
                udhcpc("iPXE user-class", "02:00:00:00:0a:03", ipxe, "-V", BIOS_VENDOR, "-x", "0x5d:0000",
                        "-x", "0x4d:69505845"),
                udhcpc("iPXE option 175", "02:00:00:00:0a:04", ipxe, "-V", BIOS_VENDOR, "-x", "0x5d:0000",
                        "-x", "0xaf:130101"),
                dhclient("UEFI arch 7", "02:00:00:00:0a:05", "send arch 7;\n"
                        + "send vendor-class-identifier \"" + UEFI_VENDOR + "\";\n",
                        Map.of("tftp_server_name", "192.0.2.1", "bootfile_name", "ipxe.efi")),
                dhclient("iPXE user-class", "02:00:00:00:0a:06", "send user-class \"iPXE\";\nsend arch 0;\n",
                        Map.of("bootfile_name", URL))));
    }

    @Test
    void nextServerStyleWithRequiredPxeHostClassServesUefiBiosAndIpxeClientsAsKeaDoes() throws Exception {
        Map<String, String> uefi = Map.of("siaddr", "192.0.2.1", "boot_file", "ipxe.efi", "sname",
                "boot.example.org", "search", "boot.example.org");
        Map<String, String> bios = Map.of("siaddr", "192.0.2.1", "boot_file", "undionly.kpxe");
        Map<String, String> ipxe = Map.of("siaddr", "192.0.2.1", "boot_file", URL);
        compare("netboot-next-server.json", List.of(
                udhcpc("UEFI 93=0007", "02:00:00:00:0b:01", uefi, "-V", UEFI_VENDOR, "-x", "0x5d:0007"),
                udhcpc("BIOS 93=0000", "02:00:00:00:0b:02", bios, "-V", BIOS_VENDOR, "-x", "0x5d:0000"),
                udhcpc("iPXE user-class", "02:00:00:00:0b:03", ipxe, "-V", BIOS_VENDOR, "-x", "0x5d:0000",
                        "-x", "0x4d:69505845"),
                udhcpc("iPXE option 175", "02:00:00:00:0b:04", ipxe, "-V", BIOS_VENDOR, "-x", "0x5d:0000",
                        "-x", "0xaf:130101"),
                udhcpc("plain", "02:00:00:00:0b:07", Map.of("boot_file", "(absent)", "sname", "(absent)")),
                dhclient("UEFI arch 7", "02:00:00:00:0b:05", "send arch 7;\n"
                        + "send vendor-class-identifier \"" + UEFI_VENDOR + "\";\n",
                        Map.of("filename", "ipxe.efi", "server_name", "boot.example.org")),
                dhclient("iPXE user-class", "02:00:00:00:0b:06", "send user-class \"iPXE\";\nsend arch 0;\n"
                        + "send vendor-class-identifier \"" + BIOS_VENDOR + "\";\n", Map.of("filename", URL))));
    }

    /** Runs every check against Kea, then against Nestor; each must meet its expectation and match Kea. */
    private void compare(String config, List<Check> checks) throws Exception {
        NetbootLab.requireRootAnd("kea-dhcp4", "udhcpc", "dhclient", "ip");
        Path nestor = Path.of(System.getProperty("nestor.home", "../karaf-dist/target/assembly"), "bin/nestor-dhcp4");
        List<Map<String, String>> fromKea = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (NetbootLab lab = NetbootLab.create(dir)) {
            lab.startServer("kea", List.of("kea-dhcp4"), Map.of(), config);
            for (Check c : checks) {
                fromKea.add(relevant(c.client().run(lab), c.expected()));
            }
            lab.stopServer();
            lab.startServer("nestor", List.of(nestor.toAbsolutePath().normalize().toString()),
                    Map.of("NESTOR_SSH_PORT", Integer.toString(freePort())), config);
            for (int i = 0; i < checks.size(); i++) {
                Check c = checks.get(i);
                Map<String, String> got = relevant(c.client().run(lab), c.expected());
                lines.add(String.format("NETBOOT %-26s %-10s kea=%s nestor=%s", config.replace(".json", ""),
                        c.name(), fromKea.get(i), got));
                assertEquals(c.expected(), fromKea.get(i), c.name() + ": Kea's reply (the reference)");
                assertEquals(fromKea.get(i), got, c.name() + ": Nestor's reply\n" + lab.serverOutput());
            }
        } finally {
            lines.forEach(System.out::println);
        }
    }

    private static Map<String, String> relevant(Map<String, String> vars, Map<String, String> expected) {
        Map<String, String> out = new LinkedHashMap<>();
        expected.keySet().forEach(k -> out.put(k, vars.getOrDefault(k, "(absent)").trim()));
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
