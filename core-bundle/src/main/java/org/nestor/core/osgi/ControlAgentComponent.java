package org.nestor.core.osgi;

import java.nio.file.Path;
import java.util.Map;
import org.nestor.core.agent.ControlAgent;
import org.nestor.core.control.CommandChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control agent inside Nestor's container: when a {@code Control-agent} file is configured ({@code config} in
 * {@code org.nestor.ctrlagent}, else {@code -Dnestor.ctrl-agent.config}, else {@code NESTOR_CTRL_AGENT_CONFIG}) and
 * serves HTTP(S); once the daemon's {@link CommandChannel} service is registered, service {@code dhcp4} is answered
 * in-process (no UNIX socket hop), before that through the file's {@code control-sockets}. Without a file it
 * stays idle.
 */
@Component(immediate = true, configurationPid = "org.nestor.ctrlagent", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class ControlAgentComponent {
    private static final Logger LOG = LoggerFactory.getLogger("kea-ctrl-agent.ctrl-agent");

    /** Optional (and greedy: the agent restarts when the daemon's channel appears), so the bundle resolves alone. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    volatile CommandChannel dhcp4;

    private ControlAgent agent;

    @Activate
    synchronized void activate(Map<String, Object> properties) {
        String file = configFile(properties);
        if (file == null) {
            return;
        }
        try {
            CommandChannel inProcess = dhcp4;
            agent = ControlAgent.start(Path.of(file), inProcess == null ? Map.of() : Map.of("dhcp4", inProcess));
        } catch (Exception e) {
            LOG.error("CTRL_AGENT_FAILED application experienced a fatal error: {}", e.getMessage());
        }
    }

    private static String configFile(Map<String, Object> properties) {
        Object configured = properties.get("config");
        if (configured != null && !configured.toString().isBlank()) {
            return configured.toString();
        }
        String property = System.getProperty("nestor.ctrl-agent.config");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("NESTOR_CTRL_AGENT_CONFIG");
        return env == null || env.isBlank() ? null : env;
    }

    @Deactivate
    synchronized void deactivate() {
        if (agent != null) {
            agent.close();
            agent = null;
        }
    }
}
