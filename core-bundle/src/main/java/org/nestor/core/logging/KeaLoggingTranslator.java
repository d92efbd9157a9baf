package org.nestor.core.logging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.nestor.core.config.LoggerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Kea's {@code loggers} into the log4j2 properties of pax-logging (PID {@code org.ops4j.pax.logging}), so
 * that they have the effect Kea gives them:
 * <ul>
 *   <li>each configured name becomes one log4j2 logger with additivity false, its level from severity and
 *       debuglevel ({@link KeaSeverity}) and one appender reference per output ({@link AppenderProperties});
 *       an entry without outputs logs nothing, as in Kea;</li>
 *   <li>a name that is not configured inherits from its parent through log4j2's dotted hierarchy
 *       ({@code kea-dhcp4.packets} from {@code kea-dhcp4}), and Nestor's template keeps every other logger,
 *       {@code kea-dhcp4} included when the operator does not configure it;</li>
 *   <li>a configured name replaces the template's logger of that name;</li>
 *   <li>Kea's {@code -d} sets every configured logger, and {@code kea-dhcp4}, to DEBUG with debuglevel 99,
 *       i.e. log4j2 TRACE, whatever the configured severity.</li>
 * </ul>
 * Outputs equal in every option share one appender. When the same name appears twice, the later entry's level
 * applies and the outputs of both are used.
 */
public final class KeaLoggingTranslator {

    /** The logger every Nestor DHCPv4 logger descends from, and that Kea's {@code -d} raises. */
    public static final String ROOT_LOGGER = "kea-dhcp4";

    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.log");

    private final Consumer<String> warnings;

    /** A translator that logs its warnings on {@code kea-dhcp4.log}. */
    public KeaLoggingTranslator() {
        this(LOG::warn);
    }

    /** @param warnings receives each warning (a pattern conversion kept literally, an unknown syslog facility) */
    public KeaLoggingTranslator(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /**
     * Translates the loggers.
     *
     * @param loggers the {@code loggers} entries, in configuration order
     * @param baseProperties Nestor's template properties (not an earlier result of this method)
     * @param debugFlag whether Nestor was started with {@code -d}
     * @return a new map: the base properties with the loggers' properties added
     * @throws IllegalArgumentException when an entry is invalid (nothing is translated then), with Kea's wording
     */
    public Map<String, String> translate(List<LoggerConfig> loggers, Map<String, String> baseProperties,
            boolean debugFlag) {
        Map<String, LoggerPlan> plans = plan(loggers);
        Map<String, String> result = new LinkedHashMap<>(baseProperties);
        plans.keySet().forEach(name -> PropertyKeys.removeLogger(result, name));
        Map<KeaOutput, String> appenders = new LinkedHashMap<>();
        for (LoggerPlan plan : plans.values()) {
            String level = debugFlag ? KeaSeverity.DEBUG.log4jLevel(KeaSeverity.MAX_DEBUG_LEVEL) : plan.level;
            String key = PropertyKeys.unused(result, PropertyKeys.LOGGER, PropertyKeys.sanitise(plan.name));
            String prefix = PropertyKeys.LOGGER + key + ".";
            result.put(prefix + "name", plan.name);
            result.put(prefix + "level", level);
            result.put(prefix + "additivity", "false");
            for (KeaOutput output : plan.outputs) {
                String appender = appenders.computeIfAbsent(output, o -> addAppender(result, o));
                result.put(prefix + "appenderRef." + appender + ".ref", appender);
            }
        }
        if (debugFlag && !plans.containsKey(ROOT_LOGGER)) {
            raiseRootLogger(result);
        }
        return result;
    }

    private Map<String, LoggerPlan> plan(List<LoggerConfig> loggers) {
        Map<String, LoggerPlan> plans = new LinkedHashMap<>();
        for (LoggerConfig logger : loggers) {
            if (logger.name() == null || logger.name().isBlank()) {
                throw new IllegalArgumentException("loggers entry does not have a mandatory 'name' element");
            }
            KeaSeverity severity = KeaSeverity.parse(logger.severity());
            KeaSeverity.checkDebugLevel(logger.debugLevel());
            LoggerPlan plan = plans.computeIfAbsent(logger.name().trim(), LoggerPlan::new);
            plan.level = severity.log4jLevel(logger.debugLevel());
            for (LoggerConfig.Output output : logger.outputs() == null ? List.<LoggerConfig.Output>of()
                    : logger.outputs()) {
                KeaOutput parsed = KeaOutput.parse(output, warnings);
                if (!plan.outputs.contains(parsed)) {
                    plan.outputs.add(parsed);
                }
            }
        }
        return plans;
    }

    private String addAppender(Map<String, String> result, KeaOutput output) {
        String key = PropertyKeys.unused(result, PropertyKeys.APPENDER,
                "kea_" + output.kind().name().toLowerCase(Locale.ROOT));
        Log4cplusPatternTranslator.TranslatedPattern pattern =
                Log4cplusPatternTranslator.translate(output.log4cplusPattern());
        pattern.warnings().forEach(warnings);
        result.putAll(AppenderProperties.of(output, key, pattern.pattern()));
        return key;
    }

    /** Kea's {@code -d} without a configured {@code kea-dhcp4}: the template's logger (or a new one) at TRACE. */
    private static void raiseRootLogger(Map<String, String> result) {
        String key = PropertyKeys.loggerKey(result, ROOT_LOGGER).orElseGet(() -> {
            String fresh = PropertyKeys.unused(result, PropertyKeys.LOGGER, PropertyKeys.sanitise(ROOT_LOGGER));
            result.put(PropertyKeys.LOGGER + fresh + ".name", ROOT_LOGGER);
            return fresh;
        });
        result.put(PropertyKeys.LOGGER + key + ".level", KeaSeverity.DEBUG.log4jLevel(KeaSeverity.MAX_DEBUG_LEVEL));
    }

    /** What one logger name becomes. */
    private static final class LoggerPlan {
        private final String name;
        private final List<KeaOutput> outputs = new ArrayList<>();
        private String level;

        private LoggerPlan(String name) {
            this.name = name;
        }
    }
}
