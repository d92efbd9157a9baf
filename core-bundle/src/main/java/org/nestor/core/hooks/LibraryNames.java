package org.nestor.core.hooks;

import java.util.Locale;

/**
 * Maps a {@code hooks-libraries} entry to the Kea library name a {@link org.nestor.hooks.api.HookLibrary} serves and
 * to the Karaf feature that ships it. Nestor never opens the file an entry names: only its name counts, so
 * {@code /usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so}, {@code /opt/lib/libdhcp_lease_cmds.so} and
 * {@code libdhcp_lease_cmds.so} are the same library.
 *
 * <p>Feature names: drop {@code lib}, then the {@code dhcp_} prefix of Kea's DHCP hook libraries, turn underscores
 * into dashes, lower case, prefix {@code nestor-hook-}:
 * <ul>
 *   <li>{@code libdhcp_lease_cmds} → {@code nestor-hook-lease-cmds}</li>
 *   <li>{@code libdhcp_ha} → {@code nestor-hook-ha}</li>
 *   <li>{@code libdhcp_site_example} → {@code nestor-hook-site-example}</li>
 *   <li>{@code libsite_policy} (a third-party name without {@code dhcp_}) → {@code nestor-hook-site-policy}</li>
 * </ul>
 */
public final class LibraryNames {
    private static final String FEATURE_PREFIX = "nestor-hook-";

    private LibraryNames() {
    }

    /**
     * @param library as written: {@code /usr/local/lib/kea/hooks/libdhcp_ha.so}, {@code libdhcp_ha.so},
     *                {@code libdhcp_ha.so.1} or {@code libdhcp_ha}
     * @return the name without directories and {@code .so...} suffix: {@code libdhcp_ha}
     */
    public static String of(String library) {
        String name = library.substring(library.lastIndexOf('/') + 1);
        int so = name.indexOf(".so");
        return so > 0 ? name.substring(0, so) : name;
    }

    /** @return the feature of the distribution that ships library {@code name} (a name {@link #of} returned) */
    public static String feature(String name) {
        String n = name.startsWith("lib") ? name.substring(3) : name;
        if (n.startsWith("dhcp_")) {
            n = n.substring("dhcp_".length());
        }
        return FEATURE_PREFIX + n.replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
