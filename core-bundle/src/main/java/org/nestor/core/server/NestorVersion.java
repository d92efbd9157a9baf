package org.nestor.core.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.nestor.core.control.VersionTexts;

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

    /** @return the {@code -V} text: version, runtime and what it is linked with */
    public static String extended() {
        return String.join("\n",
                version(),
                "java " + Runtime.version(),
                "linked with:",
                "Netty " + nettyVersion(),
                "database:",
                "Memfile backend 2.1");
    }

    /** @return the {@code -W} configuration report */
    public static String buildReport() {
        return String.join("\n",
                "",
                "        Nestor build report",
                "     -=-=-=-=-=-=-=-=-=-=-=-=-=-",
                "",
                " Package:",
                "   Name:              nestor",
                "   Version:           " + version(),
                "   Compatible with:   Kea 2.2 configuration, lease files and messages",
                "",
                " Runtime:",
                "   Java:              " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                "   OS:                " + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "   Netty:             " + nettyVersion(),
                "");
    }

    /** @return the texts of version-get and build-report */
    public static VersionTexts texts() {
        return new VersionTexts(version(), extended(), buildReport());
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
