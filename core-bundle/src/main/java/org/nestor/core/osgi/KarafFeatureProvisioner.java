package org.nestor.core.osgi;

import java.util.EnumSet;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.nestor.core.hooks.LibraryProvisioner;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In Karaf, installs the {@code nestor-hook-<name>} feature of a hook library a configuration names and no bundle
 * provides yet ({@link org.nestor.core.hooks.LibraryNames#feature}), through Karaf's FeaturesService. The core
 * imports Karaf's package optionally: {@link #forContainer} answers {@link LibraryProvisioner#NONE} where it is
 * missing (loading this class then fails; callers go through {@code forContainer} only). The installation runs on its own thread: the configuration waits for the library service (bounded) and
 * never blocks the bundle starts the installation causes.
 */
final class KarafFeatureProvisioner implements LibraryProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.hooks");

    private static final long SERVICE_WAIT_MS = 30_000;

    private final BundleContext context;

    private KarafFeatureProvisioner(BundleContext context) {
        this.context = context;
    }

    /**
     * @return a provisioner using Karaf's FeaturesService
     * @throws LinkageError outside Karaf (the package is not wired): use {@link LibraryProvisioner#NONE}
     */
    static LibraryProvisioner forContainer(BundleContext context) {
        return new KarafFeatureProvisioner(context);
    }

    @Override
    public boolean provision(String feature) {
        FeaturesService features = featuresService();
        if (features == null) {
            LOG.error("NESTOR_HOOKS_FEATURE_INSTALL_FAILED no Karaf features service within {} s: feature {} not "
                    + "installed", SERVICE_WAIT_MS / 1000, feature);
            return false;
        }
        try {
            Feature[] known = features.getFeatures(feature);
            if (known == null || known.length == 0) {
                return false;
            }
            if (!features.isInstalled(known[0])) {
                Thread installer = new Thread(() -> install(features, feature), "nestor-feature-" + feature);
                installer.setDaemon(true);
                installer.start();
            }
            return true;
        } catch (Exception e) {
            LOG.error("NESTOR_HOOKS_FEATURE_INSTALL_FAILED cannot look up feature {}: {}", feature, e.toString());
            return false;
        }
    }

    /** @return Karaf's features service, awaited (bounded) when the container is still starting it */
    private FeaturesService featuresService() {
        ServiceTracker<FeaturesService, FeaturesService> tracker = new ServiceTracker<>(context, FeaturesService.class,
                null);
        tracker.open();
        try {
            return tracker.waitForService(SERVICE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            tracker.close();
        }
    }

    private static void install(FeaturesService features, String feature) {
        try {
            features.installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        } catch (Exception e) {
            LOG.error("NESTOR_HOOKS_FEATURE_INSTALL_FAILED installing feature {} failed: {}", feature, e.toString());
        }
    }
}
