package org.nestor.example.sitehook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * What the loaded library decides with: its settings and the prefixes read from the file. Immutable, so callouts on
 * many threads read one consistent state while a reload replaces it.
 *
 * @param settings the parameters
 * @param blockedPrefixes the prefixes read from {@link SiteSettings#blockedPrefixesFile()}, empty when none
 */
public record SiteState(SiteSettings settings, List<MacPrefix> blockedPrefixes) {
    public SiteState {
        blockedPrefixes = List.copyOf(blockedPrefixes);
    }

    /** @return the first blocked prefix {@code hwAddress} starts with, null when none */
    public MacPrefix blockedPrefixOf(byte[] hwAddress) {
        for (MacPrefix p : blockedPrefixes) {
            if (p.matches(hwAddress)) {
                return p;
            }
        }
        return null;
    }

    /** @return the class configured for a circuit-id, by its text or by {@code 0x} and its hex; null when none */
    public String classOf(byte[] circuitId) {
        String byText = settings.circuitClasses().get(new String(circuitId, StandardCharsets.UTF_8));
        return byText != null ? byText : settings.circuitClasses().get("0x" + HexFormat.of().formatHex(circuitId));
    }
}
