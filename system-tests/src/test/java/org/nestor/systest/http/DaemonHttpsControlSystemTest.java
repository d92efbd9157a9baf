package org.nestor.systest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/nestor-dhcp4 with a Kea 3-style {@code control-sockets} https entry (its own HTTPS control socket, no agent):
 * a test CA, server and client certificates made with openssl, {@code cert-required} true and basic
 * authentication; driven by curl and Debian's kea-shell.
 */
class DaemonHttpsControlSystemTest {
    @TempDir
    static Path dir;
    static AgentLab lab;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        AgentLab.home();
        AgentLab.require("curl", "jq", "openssl", "kea-shell");
        makeCertificates();
        lab = new AgentLab(dir);
        port = AgentLab.freePort();
        Path dhcp4 = Files.writeString(dir.resolve("dhcp4.json"), """
                { "Dhcp4": { "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
                  "control-sockets": [ { "socket-type": "https", "socket-address": "127.0.0.1", "socket-port": %d,
                      "trust-anchor": "ca.pem", "cert-file": "server.pem", "key-file": "server.key",
                      "cert-required": true,
                      "authentication": { "type": "basic", "realm": "nestor",
                          "clients": [ { "user": "admin", "password": "s3cret" } ] } } ],
                  "lease-database": { "type": "memfile", "persist": false },
                  "subnet4": [ { "id": 1, "subnet": "192.0.2.0/24",
                                 "pools": [ { "pool": "192.0.2.10 - 192.0.2.20" } ] } ] } }
                """.formatted(port));
        lab.nestorDhcp4(dhcp4, 10000 + AgentLab.freePort() % 20000);
    }

    /** A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by the CA. */
    private static void makeCertificates() throws Exception {
        String script = """
                set -e
                cd '%s'
                openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj '/CN=Nestor test CA'
                for who in server client; do
                  openssl req -newkey rsa:2048 -nodes -keyout $who.key -out $who.csr -subj "/CN=$who"
                  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\nbasicConstraints=CA:FALSE\\n' > $who.ext
                  openssl x509 -req -in $who.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out $who.pem -days 2 \\
                    -extfile $who.ext
                done
                """.formatted(dir);
        AgentLab.Result r = AgentLab.sh(script);
        assertEquals(0, r.exitCode(), r.output());
    }

    @AfterAll
    static void stop() throws Exception {
        if (lab != null) {
            lab.close();
        }
    }

    private static String curl(String options, String credentials) {
        return "curl -sS --max-time 10 --cacert " + dir.resolve("ca.pem") + " " + options + " -u " + credentials
                + " -H 'Content-Type: application/json' -d '{\"command\": \"list-commands\"}' https://127.0.0.1:"
                + port + "/";
    }

    private static String clientCert() {
        return "--cert " + dir.resolve("client.pem") + " --key " + dir.resolve("client.key");
    }

    @Test
    void curlWithTheClientCertificateAndPasswordGetsTheCommandList() throws Exception {
        AgentLab.Result r = AgentLab.sh(curl(clientCert(), "admin:s3cret") + " | jq -c '[.[0].result, "
                + "(.[0].arguments | index(\"config-get\") != null)]'");
        assertEquals("[0,true]", r.output().strip(), r.output());
    }

    @Test
    void curlWithoutAClientCertificateIsRefusedDuringTheHandshake() throws Exception {
        AgentLab.Result r = AgentLab.sh(curl("", "admin:s3cret"));
        assertNotEquals(0, r.exitCode(), r.output());
        assertTrue(!r.output().contains("\"result\""), r.output());
    }

    @Test
    void curlWithTheCertificateButAWrongPasswordGets401() throws Exception {
        AgentLab.Result r = AgentLab.sh(curl(clientCert() + " -i", "admin:wrong"));
        assertTrue(r.output().startsWith("HTTP/1.1 401"), r.output());
    }

    @Test
    void keaShellTalksHttpsWithAClientCertificateToTheDaemon() throws Exception {
        AgentLab.Result r = AgentLab.sh("kea-shell --host 127.0.0.1 --port " + port + " --ca " + dir.resolve("ca.pem")
                + " --cert " + dir.resolve("client.pem") + " --key " + dir.resolve("client.key")
                + " --auth-user admin --auth-password s3cret config-get </dev/null");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("\"Dhcp4\""), r.output());
        AgentLab.Result noCert = AgentLab.sh("kea-shell --host 127.0.0.1 --port " + port + " --ca "
                + dir.resolve("ca.pem") + " --auth-user admin --auth-password s3cret list-commands </dev/null");
        assertNotEquals(0, noCert.exitCode(), noCert.output());
    }
}
