package org.nestor.core.logging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * Real log4j2-core fed the way pax-logging 2.3 feeds it: the {@code log4j2.} properties of the PID, prefix
 * stripped, through {@link PropertiesConfigurationFactory} into a fresh {@link LoggerContext}. Records the
 * errors log4j2 reports while configuring.
 */
final class Log4jHarness implements AutoCloseable {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    private final LoggerContext context;
    private final Configuration configuration;
    private final List<String> configurationErrors;

    private Log4jHarness(LoggerContext context, Configuration configuration, List<String> errors) {
        this.context = context;
        this.configuration = configuration;
        this.configurationErrors = errors;
    }

    static Log4jHarness start(Map<String, String> paxProperties) {
        Properties all = new Properties();
        all.putAll(paxProperties);
        Properties log4j = PropertiesUtil.extractSubset(all, "log4j2");
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        List<String> errors = new ArrayList<>();
        StatusListener listener = new ErrorCollector(errors);
        StatusLogger.getLogger().registerListener(listener);
        try {
            log4j.store(stored, null);
            LoggerContext context = new LoggerContext("nestor-logging-test-" + CONTEXTS.incrementAndGet());
            Configuration configuration = new PropertiesConfigurationFactory().getConfiguration(context,
                    new ConfigurationSource(new ByteArrayInputStream(stored.toByteArray())));
            context.start(configuration);
            return new Log4jHarness(context, configuration, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            StatusLogger.getLogger().removeListener(listener);
        }
    }

    /**
     * Nestor's shipped template, runnable without Karaf: no PaxOsgi appender, {@code ${karaf.log}} = dir, and
     * references to the file's own keys ({@code ${log4j2.pattern}}) resolved as Karaf's file install does.
     */
    static Map<String, String> template(Path karafLogDir) throws IOException {
        Path file = Path.of("..", "karaf-dist", "src", "main", "resources", "etc", "org.ops4j.pax.logging.cfg");
        Properties cfg = new Properties();
        try (var in = Files.newInputStream(file)) {
            cfg.load(in);
        }
        Map<String, String> base = new java.util.LinkedHashMap<>();
        for (String key : cfg.stringPropertyNames()) {
            if (!key.startsWith("log4j2.appender.osgi.") && !key.contains("appenderRef.PaxOsgi")) {
                String value = cfg.getProperty(key).replace("${karaf.log}", karafLogDir.toString());
                for (String other : cfg.stringPropertyNames()) {
                    value = value.replace("${" + other + "}", cfg.getProperty(other));
                }
                base.put(key, value);
            }
        }
        return base;
    }

    Logger logger(String name) {
        return context.getLogger(name);
    }

    Configuration configuration() {
        return configuration;
    }

    /** @return the errors log4j2 reported while reading the configuration */
    List<String> configurationErrors() {
        return configurationErrors;
    }

    @Override
    public void close() {
        context.stop();
    }

    private record ErrorCollector(List<String> errors) implements StatusListener {
        @Override
        public void log(StatusData data) {
            if (data.getLevel().isMoreSpecificThan(Level.ERROR)) {
                errors.add(data.getFormattedStatus());
            }
        }

        @Override
        public Level getStatusLevel() {
            return Level.ERROR;
        }

        @Override
        public void close() {
        }
    }
}
