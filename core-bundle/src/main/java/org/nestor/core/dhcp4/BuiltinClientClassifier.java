package org.nestor.core.dhcp4;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.host.Host4;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * The classes Kea assigns without evaluating expressions: {@code ALL}, {@code VENDOR_CLASS_<option 60>},
 * {@code KNOWN}/{@code UNKNOWN}, the reservation's classes, and required classes that have no test. Classes with a
 * test expression are left to an expression-evaluating classifier.
 */
public final class BuiltinClientClassifier implements ClientClassifier {
    private final Set<String> untested = new HashSet<>();

    /** @param config the configuration whose class definitions are known */
    public BuiltinClientClassifier(Dhcp4Config config) {
        for (ClientClassDef c : config.clientClasses()) {
            if (c.test() == null || c.test().isEmpty()) {
                untested.add(c.name());
            }
        }
    }

    @Override
    public Set<String> classify(Dhcp4Packet query) {
        Set<String> classes = new LinkedHashSet<>();
        classes.add("ALL");
        byte[] vendor = query.option(60);
        if (vendor != null && vendor.length > 0) {
            classes.add("VENDOR_CLASS_" + new String(vendor, StandardCharsets.ISO_8859_1));
        }
        return classes;
    }

    @Override
    public Set<String> afterHostLookup(Dhcp4Packet query, Set<String> classes, Optional<Host4> host) {
        Set<String> out = new LinkedHashSet<>(classes);
        out.add(host.isPresent() ? "KNOWN" : "UNKNOWN");
        host.ifPresent(h -> out.addAll(h.clientClasses()));
        return out;
    }

    @Override
    public Set<String> evaluateRequired(Dhcp4Packet query, Set<String> classes, List<String> required) {
        Set<String> out = new LinkedHashSet<>(classes);
        for (String name : required) {
            if (untested.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
