package org.nestor.systest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/nestor-ctrl-agent with the shipped style of configuration (loopback, generated password) in front of
 * bin/nestor-dhcp4's UNIX control socket, driven by curl, Debian's kea-shell, bin/nestor-shell and Python.
 */
class ControlAgentSystemTest {
    @TempDir
    static Path dir;
    static AgentLab lab;
    static int port;
    static String password;

    @BeforeAll
    static void start() throws Exception {
        AgentLab.home();
        AgentLab.require("curl", "jq", "python3", "kea-shell");
        lab = new AgentLab(dir);
        Path sock = dir.resolve("nestor4.sock");
        Path dhcp4 = Files.writeString(dir.resolve("dhcp4.json"), """
                { "Dhcp4": { "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
                  "control-socket": { "socket-type": "unix", "socket-name": "%s" },
                  "lease-database": { "type": "memfile", "persist": false },
                  "valid-lifetime": 4000,
                  "subnet4": [ { "id": 1, "subnet": "192.0.2.0/24",
                                 "pools": [ { "pool": "192.0.2.10 - 192.0.2.20" } ] } ] } }
                """.formatted(sock));
        lab.nestorDhcp4(dhcp4, 10000 + AgentLab.freePort() % 20000);
        port = AgentLab.freePort();
        Path agent = Files.writeString(dir.resolve("kea-ctrl-agent.conf"), """
                { "Control-agent": { "http-host": "127.0.0.1", "http-port": %d,
                    "authentication": { "type": "basic", "realm": "nestor", "directory": "credentials",
                        "clients": [ { "user": "nestor", "password-file": "api-password" } ] },
                    "control-sockets": { "dhcp4": { "socket-type": "unix", "socket-name": "%s" } },
                    "user-context": { "nestor": { "generate-password-files": true } } } }
                """.formatted(port, sock));
        lab.agent(agent, "agent.log");
        password = Files.readString(dir.resolve("credentials/api-password")).strip();
    }

    @AfterAll
    static void stop() throws Exception {
        if (lab != null) {
            lab.close();
        }
    }

    private static String curl(String body) {
        return "curl -sS -u nestor:" + password + " -H 'Content-Type: application/json' -d '" + body
                + "' http://127.0.0.1:" + port + "/";
    }

    @Test
    void generatedPasswordIsOwnerOnlyAndNeverLogged() throws Exception {
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("credentials/api-password"))));
        String log = Files.readString(dir.resolve("agent.log"));
        assertTrue(log.contains("NESTOR_CREDENTIAL_GENERATED"), log);
        assertTrue(!log.contains(password), "the password is in the agent's log");
    }

    @Test
    void curlWithoutCredentialsGets401WithTheRealm() throws Exception {
        AgentLab.Result r = AgentLab.sh("curl -sS -i -H 'Content-Type: application/json' -d '{\"command\": "
                + "\"list-commands\"}' http://127.0.0.1:" + port + "/");
        assertTrue(r.output().startsWith("HTTP/1.1 401"), r.output());
        assertTrue(r.output().contains("WWW-Authenticate: Basic realm=\"nestor\""), r.output());
        assertTrue(r.output().endsWith("{\"result\":401,\"text\":\"Unauthorized\"}"), r.output());
    }

    @Test
    void curlGetsOneAnswerPerServiceFromTheDaemonsSocket() throws Exception {
        String out = AgentLab.sh(curl("{\"command\": \"status-get\", \"service\": [\"dhcp4\", \"dhcp6\"]}")
                + " | jq -c '[.[] | .result]'").output().strip();
        assertEquals("[0,1]", out);
        String pid = AgentLab.sh(curl("{\"command\": \"status-get\", \"service\": [\"dhcp4\"]}")
                + " | jq '.[0].arguments.pid'").output().strip();
        assertTrue(pid.matches("\\d+"), pid);
    }

    @Test
    void keaShellTalksToNestorsAgent() throws Exception {
        AgentLab.Result r = AgentLab.sh("kea-shell --port " + port + " --auth-user nestor --auth-password "
                + password + " --service dhcp4 list-commands </dev/null");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("\"config-write\""), r.output());
        AgentLab.Result denied = AgentLab.sh("kea-shell --port " + port + " --auth-user nestor --auth-password x "
                + "list-commands </dev/null");
        assertEquals(1, denied.exitCode());
        assertTrue(denied.output().contains("401"), denied.output());
    }

    @Test
    void nestorShellSendsArgumentsFromStandardInput() throws Exception {
        AgentLab.Result r = AgentLab.sh("echo '{\"name\": \"pkt4-received\"}' | " + AgentLab.home()
                .resolve("bin/nestor-shell") + " --port " + port + " --auth-user nestor --auth-password " + password
                + " --service dhcp4 statistic-get | jq -c '.[0].arguments | keys'");
        assertEquals("[\"pkt4-received\"]", r.output().strip(), r.output());
    }

    @Test
    void pythonClientWritesTheConfigurationAndTheFileIsAcceptedByMinusT() throws Exception {
        Path out = dir.resolve("python-written.json");
        Path script = Files.writeString(dir.resolve("client.py"), """
                import base64, json, sys, urllib.request
                body = {"command": "config-write", "service": ["dhcp4"], "arguments": {"filename": sys.argv[3]}}
                req = urllib.request.Request("http://127.0.0.1:%s/" % sys.argv[1], data=json.dumps(body).encode(),
                                             headers={"Content-Type": "application/json"})
                req.add_header("Authorization", "Basic " + base64.b64encode(("nestor:" + sys.argv[2]).encode()).decode())
                answer = json.load(urllib.request.urlopen(req, timeout=10))
                print(answer[0]["result"], answer[0]["text"])
                """);
        AgentLab.Result r = AgentLab.sh("python3 " + script + " " + port + " " + password + " " + out);
        assertTrue(r.output().startsWith("0 "), r.output());
        AgentLab.Result check = AgentLab.sh(AgentLab.home().resolve("bin/nestor-dhcp4") + " -t " + out);
        assertEquals(0, check.exitCode(), check.output());
    }

    @Test
    void workshopFlowGetEditSetWrite() throws Exception {
        Path got = dir.resolve("config.json");
        Path edited = dir.resolve("config-set.json");
        Path written = dir.resolve("workshop-written.json");
        AgentLab.sh(curl("{\"command\": \"config-get\", \"service\": [\"dhcp4\"]}") + " | jq \".[0]\" > " + got);
        AgentLab.sh("jq '{command: \"config-set\", service: [\"dhcp4\"], arguments: .arguments} "
                + "| .arguments.Dhcp4[\"valid-lifetime\"] = 5000 | del(.arguments.hash)' " + got + " > " + edited);
        String set = AgentLab.sh("curl -sS -u nestor:" + password + " -H 'Content-Type: application/json' -d @"
                + edited + " http://127.0.0.1:" + port + "/ | jq -c '[.[0].result, .[0].text]'").output().strip();
        assertEquals("[0,\"Configuration successful.\"]", set);
        String write = AgentLab.sh(curl("{\"command\": \"config-write\", \"service\": [\"dhcp4\"], \"arguments\": "
                + "{\"filename\": \"" + written + "\"}}") + " | jq '.[0].result'").output().strip();
        assertEquals("0", write);
        assertEquals("5000", AgentLab.sh("jq '.Dhcp4[\"valid-lifetime\"]' " + written).output().strip());
    }

    @Test
    void latencyOfConfigGetAndListCommandsOverHttp() throws Exception {
        for (String command : List.of("config-get", "list-commands")) {
            long median = medianMicros("{\"command\": \"" + command + "\", \"service\": [\"dhcp4\"]}");
            System.out.printf("LATENCY %s over HTTP via nestor-ctrl-agent: median of 100 calls %d us%n", command,
                    median);
            Files.writeString(dir.getParent().resolve("nestor-http-latency.txt"), command + " " + median + " us\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static long medianMicros(String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("nestor:" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1000;
            assertEquals(200, r.statusCode());
            if (i >= 50) { // the first 50 warm the JIT up
                micros.add(took);
            }
        }
        Collections.sort(micros);
        return micros.get(micros.size() / 2);
    }
}
