package org.nestor.core.server;

/** Small Kea configurations for the server tests, read by the real parser. */
public final class TestConfigs {
    private TestConfigs() {
    }

    /**
     * @param tag a server-tag the echo engine answers with, to tell configurations apart
     * @param leaseFile the memfile name, to tell lease databases apart
     * @return a {@code kea-dhcp4} configuration listening on {@code lo} with UDP sockets
     */
    public static String onLoopback(String tag, String leaseFile) {
        return """
                {
                  // written by the tests
                  "Dhcp4": {
                    "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
                    "server-tag": "%s",
                    "lease-database": { "type": "memfile", "name": "%s", "lfc-interval": 0 },
                    "subnet4": [ { "id": 1, "subnet": "127.0.0.0/8",
                                   "pools": [ { "pool": "127.0.0.10 - 127.0.0.20" } ] } ]
                  }
                }
                """.formatted(tag, leaseFile);
    }

    /** A file Kea 2.2 rejects with {@code 1.14-20: got unexpected keyword "bogus" in Dhcp4 map.} */
    public static final String BOGUS_KEYWORD = "{ \"Dhcp4\": { \"bogus\": 1 } }\n";
}
