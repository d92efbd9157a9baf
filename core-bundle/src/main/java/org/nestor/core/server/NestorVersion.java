package org.nestor.core.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version strings the server prints ({@code -v}, {@code -V}, DHCP4_STARTED), filled in by the build. */
public final class NestorVersion {
    private static final Properties BUILD = load();

    private NestorVersion() {
    }

    /** @return e.g. {@code 0.1.0} */
    public static String version() {
        return BUILD.getProperty("version", "unknown");
    }

    /** @return the Netty version built against */
    public static String nettyVersion() {
        return BUILD.getProperty("netty", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = NestorVersion.class.getResourceAsStream("nestor-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
