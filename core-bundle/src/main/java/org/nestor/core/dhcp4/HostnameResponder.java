package org.nestor.core.dhcp4;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.nestor.core.config.SubnetParameters4;
import org.nestor.core.host.Host4;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Carries the client's name back as Kea does with DNS updates disabled: Client FQDN (81, RFC 4702) answered with
 * N=1, S=0, O=the client's S, E kept, the name lower-cased, sanitised and made fully qualified; otherwise Host Name
 * (12) answered with the sanitised lower-cased name. A reserved host name replaces the client's.
 */
final class HostnameResponder {
    static final int HOST_NAME = 12;
    static final int CLIENT_FQDN = 81;
    private static final int FLAG_S = 0x01;
    private static final int FLAG_O = 0x02;
    private static final int FLAG_E = 0x04;
    private static final int FLAG_N = 0x08;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private HostnameResponder() {
    }

    /**
     * Adds option 81 or 12 to {@code reply} when due.
     *
     * @return the host name to store in the lease, empty when none
     */
    static String respond(Dhcp4Packet query, Dhcp4Packet reply, Optional<Host4> host, SubnetParameters4 p) {
        String reserved = host.map(Host4::hostname).orElse("");
        byte[] fqdn = query.option(CLIENT_FQDN);
        if (fqdn != null && fqdn.length >= 3) {
            boolean wire = (fqdn[0] & FLAG_E) != 0;
            String asked = reserved.isEmpty() ? decodeName(fqdn, wire) : reserved;
            String name = qualify(sanitize(asked, p), p.ddnsQualifyingSuffix());
            int flags = FLAG_N | (fqdn[0] & FLAG_E) | ((fqdn[0] & FLAG_S) != 0 ? FLAG_O : 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(flags);
            out.write(fqdn[1]);
            out.write(fqdn[2]);
            byte[] encoded = wire ? encodeWire(name) : name.getBytes(StandardCharsets.US_ASCII);
            out.write(encoded, 0, encoded.length);
            reply.options.put(CLIENT_FQDN, out.toByteArray());
            return name;
        }
        byte[] hostOpt = query.option(HOST_NAME);
        boolean asksForName = requested(query, HOST_NAME);
        String name = "";
        if (!reserved.isEmpty() && (hostOpt != null || asksForName)) {
            name = sanitize(reserved, p);
        } else if (hostOpt != null) {
            name = sanitize(new String(hostOpt, StandardCharsets.US_ASCII).trim(), p);
        }
        if (name.isEmpty()) {
            // A reserved name is kept in the lease even when the client did not ask for it.
            return reserved.isEmpty() ? "" : sanitize(reserved, p);
        }
        name = qualifySingleLabel(name, p.ddnsQualifyingSuffix());
        reply.options.put(HOST_NAME, name.getBytes(StandardCharsets.US_ASCII));
        return name;
    }

    private static boolean requested(Dhcp4Packet query, int code) {
        byte[] prl = query.option(OptionAssembler.PARAMETER_REQUEST_LIST);
        if (prl != null) {
            for (byte b : prl) {
                if ((b & 0xff) == code) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower-cases, then replaces characters of {@code hostname-char-set} in each label; drops empty labels. */
    static String sanitize(String name, SubnetParameters4 p) {
        boolean full = name.endsWith(".");
        String set = p.hostnameCharSet();
        Pattern pattern = set == null || set.isEmpty() ? null : PATTERNS.computeIfAbsent(set, Pattern::compile);
        String replacement = p.hostnameCharReplacement() == null ? "" : p.hostnameCharReplacement();
        List<String> labels = new ArrayList<>();
        for (String label : name.toLowerCase(Locale.ROOT).split("\\.")) {
            String clean = pattern == null ? label : pattern.matcher(label).replaceAll(replacement);
            if (!clean.isEmpty()) {
                labels.add(clean);
            }
        }
        String out = String.join(".", labels);
        return full && !out.isEmpty() ? out + "." : out;
    }

    /** Option 81: a partial name (no trailing dot) gets the suffix; the answer is always fully qualified. */
    private static String qualify(String name, String suffix) {
        if (name.isEmpty() || name.endsWith(".")) {
            return name;
        }
        return suffix.isEmpty() ? name + "." : name + "." + withoutTrailingDot(suffix) + ".";
    }

    /** Option 12: a single label is a partial name and gets the suffix, with no trailing dot. */
    private static String qualifySingleLabel(String name, String suffix) {
        if (suffix.isEmpty() || name.indexOf('.') >= 0) {
            return name;
        }
        return name + "." + withoutTrailingDot(suffix);
    }

    private static String withoutTrailingDot(String suffix) {
        return suffix.endsWith(".") ? suffix.substring(0, suffix.length() - 1) : suffix;
    }

    private static String decodeName(byte[] fqdn, boolean wire) {
        if (!wire) {
            return new String(fqdn, 3, fqdn.length - 3, StandardCharsets.US_ASCII).trim();
        }
        StringBuilder sb = new StringBuilder();
        int i = 3;
        while (i < fqdn.length) {
            int len = fqdn[i] & 0xff;
            if (len == 0) {
                sb.append('.');
                break;
            }
            if (i + 1 + len > fqdn.length) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(new String(fqdn, i + 1, len, StandardCharsets.US_ASCII));
            i += 1 + len;
        }
        return sb.toString();
    }

    private static byte[] encodeWire(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String label : name.split("\\.")) {
            if (!label.isEmpty()) {
                byte[] b = label.getBytes(StandardCharsets.US_ASCII);
                out.write(b.length);
                out.write(b, 0, b.length);
            }
        }
        if (name.endsWith(".")) {
            out.write(0);
        }
        return out.toByteArray();
    }
}
