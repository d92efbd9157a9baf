package org.nestor.core.hooks;

/** Maps a {@code hooks-libraries} path to the Kea library name a {@link org.nestor.hooks.api.HookLibrary} serves. */
public final class LibraryNames {
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
}
