package org.nestor.core.osgi;

import java.util.Map;
import org.nestor.core.hooks.CalloutEntry;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.hooks.LibraryProvisioner;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.api.HookPoint;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks {@link Callout} and {@link HookLibrary} services into the server's {@link HooksManager}, which the server
 * component passes to {@code CoreServerParts.create(stateDirectory, manager())}. A library deployed with no
 * {@code hooks-libraries} entry is loaded with its service property {@value #PARAMETERS} (JSON text, for example
 * set from Config Admin) or with none.
 */
@Component(service = HooksComponent.class, immediate = true)
public final class HooksComponent {
    /** Service property of a {@link HookLibrary}: its parameters as JSON text when deployed with no config entry. */
    public static final String PARAMETERS = "hook.parameters";

    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.hooks");
    private final HooksManager manager = new HooksManager();

    /** @return the manager the server's engines use */
    public HooksManager manager() {
        return manager;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindCallout(ServiceReference<Callout> ref, Callout callout) {
        Object name = ref.getProperty(Callout.HOOK_POINT);
        HookPoint point = HookPoint.byKeaName(name == null ? null : name.toString()).orElse(null);
        if (point == null) {
            LOG.error("HOOKS_UNKNOWN_HOOK a callout of bundle {} names the unknown hook point '{}': ignored",
                    ref.getBundle().getSymbolicName(), name);
            return;
        }
        Object library = ref.getProperty(Callout.HOOK_LIBRARY);
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        manager.callouts().add(new CalloutEntry(point,
                library == null ? ref.getBundle().getSymbolicName() : library.toString(),
                ranking instanceof Integer r ? r : 0, (Long) ref.getProperty(Constants.SERVICE_ID), callout,
                ref.getBundle().getSymbolicName() + " " + ref.getBundle().getVersion()));
        LOG.debug("HOOKS_CALLOUT_REGISTRATION hooks library {} registered a callout for hook {}", library,
                point.keaName());
    }

    void unbindCallout(ServiceReference<Callout> ref, Callout callout) {
        HookPoint.byKeaName(String.valueOf(ref.getProperty(Callout.HOOK_POINT)))
                .ifPresent(p -> manager.callouts().remove(p, callout));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindLibrary(HookLibrary library, Map<String, Object> properties) {
        manager.libraries().add(library, parameters(library, properties.get(PARAMETERS)));
    }

    void unbindLibrary(HookLibrary library) {
        manager.libraries().remove(library);
    }

    private static Map<String, Object> parameters(HookLibrary library, Object json) {
        if (json == null) {
            return Map.of();
        }
        try {
            if (new JsonParser().parse(json.toString(), PARAMETERS) instanceof JsonObject o) {
                return JsonValues.toMap(o);
            }
        } catch (JsonException e) {
            LOG.error("HOOKS_LIBRARY_LOAD_FAIL parameters of library {} are not valid JSON: {}", library.name(),
                    e.getMessage());
        }
        return Map.of();
    }

    /** In Karaf, a library a configuration names and no bundle provides has its feature installed. */
    @Activate
    void activate(BundleContext context) {
        manager.setProvisioner(containerProvisioner(context), HooksManager.DEFAULT_PROVISION_WAIT);
    }

    /** @return Karaf's feature installer, or none where Karaf's features package is not wired to the core */
    private static LibraryProvisioner containerProvisioner(BundleContext context) {
        try {
            return KarafFeatureProvisioner.forContainer(context);
        } catch (LinkageError e) {
            LOG.info("NESTOR_HOOKS_NO_FEATURES no Karaf features service: hook libraries are not installed on "
                    + "demand");
            return LibraryProvisioner.NONE;
        }
    }

    @Deactivate
    void deactivate() {
        manager.setProvisioner(LibraryProvisioner.NONE, HooksManager.DEFAULT_PROVISION_WAIT);
        manager.close();
    }
}
