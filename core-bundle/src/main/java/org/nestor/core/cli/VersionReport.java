package org.nestor.core.cli;

import org.nestor.core.server.NestorVersion;

/** The texts of {@code -v}, {@code -V}, {@code -W} and the usage, shaped like Kea's. */
final class VersionReport {
    private VersionReport() {
    }

    static String version() {
        return NestorVersion.version();
    }

    static String extended() {
        return NestorVersion.extended();
    }

    static String buildReport() {
        return NestorVersion.buildReport();
    }

    static String usage() {
        return String.join("\n",
                "Nestor DHCPv4 server, version " + NestorVersion.version(),
                "",
                "Usage: nestor-dhcp4 -[v|V|W] [-d] [-{c|t|T} cfgfile] [-p number] [-P number] [--state-dir dir]",
                "  -v: print version number and exit",
                "  -V: print extended version and exit",
                "  -W: display the configuration report and exit",
                "  -d: debug mode with extra verbosity (former -v)",
                "  -c file: specify configuration file",
                "  -t file: check the configuration file syntax and exit",
                "  -T file: check the configuration file doing extra checks (lease file) and exit",
                "  -p number: specify non-standard server port number 1-65535 (useful for testing only)",
                "  -P number: specify non-standard client port number 1-65535 (useful for testing only)",
                "  --state-dir dir: keep this instance's default lease file and pid file in dir"
                        + " (default $NESTOR_STATE_DIR or /var/lib/nestor)");
    }
}
