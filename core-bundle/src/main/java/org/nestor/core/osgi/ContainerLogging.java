package org.nestor.core.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.nestor.core.config.LoggerConfig;
import org.nestor.core.logging.KeaLoggingTranslator;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a configuration's Kea {@code loggers} to the container's logging (pax-logging, PID
 * {@code org.ops4j.pax.logging}): Nestor's template from {@code etc/} plus the translated loggers. The template is
 * read once, before the first change, so later translations never build on an earlier result. A bad
 * {@code loggers} section is reported and the current logging kept, as Kea keeps logging when a logger is wrong.
 */
final class ContainerLogging {
    static final String PID = "org.ops4j.pax.logging";
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final ConfigurationAdmin configAdmin;
    private final Map<String, String> template;
    private final KeaLoggingTranslator translator = new KeaLoggingTranslator(w -> LOG.warn("{}", w));
    private List<LoggerConfig> applied = List.of();

    ContainerLogging(ConfigurationAdmin configAdmin, Map<String, String> template) {
        this.configAdmin = configAdmin;
        this.template = Map.copyOf(template);
    }

    /** Reads the template from {@code <etc>/org.ops4j.pax.logging.cfg}. */
    static ContainerLogging fromEtc(ConfigurationAdmin configAdmin, Path etc) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(etc.resolve(PID + ".cfg"))) {
            p.load(in);
        }
        Map<String, String> template = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> template.put(k, p.getProperty(k)));
        return new ContainerLogging(configAdmin, template);
    }

    /**
     * Applies {@code loggers} unless they are what is applied already. Pax-logging takes the update asynchronously:
     * {@link ConfigurationDelivery} waits for it.
     */
    synchronized void apply(List<LoggerConfig> loggers, boolean debug) {
        if (loggers.equals(applied) && !(debug && applied.isEmpty())) {
            return;
        }
        Map<String, String> properties;
        try {
            properties = translator.translate(loggers, template, debug);
        } catch (IllegalArgumentException e) {
            LOG.error("LOG_BAD_CONFIG the loggers configuration was not applied: {}", e.getMessage());
            return;
        }
        try {
            Configuration c = configAdmin.getConfiguration(PID, null);
            Dictionary<String, Object> d = new Hashtable<>();
            properties.forEach(d::put);
            c.update(d);
            applied = List.copyOf(loggers);
        } catch (IOException e) {
            LOG.error("LOG_BAD_CONFIG the loggers configuration could not be applied: {}", e.getMessage());
        }
    }
}
