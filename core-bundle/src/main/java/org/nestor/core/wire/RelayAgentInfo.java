package org.nestor.core.wire;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sub-options of a Relay Agent Information option (option 82, RFC 3046), by code, in wire order. Repeated
 * sub-options are concatenated. Kea 2.2 has no configurable definitions for them; the codes it acts on are the
 * constants below.
 */
public final class RelayAgentInfo {
    /** Option code of the Relay Agent Information option. */
    public static final int OPTION_CODE = 82;
    public static final int CIRCUIT_ID = 1;
    public static final int REMOTE_ID = 2;
    public static final int DOCSIS_DEVICE_CLASS = 4;
    public static final int LINK_SELECTION = 5;
    public static final int SUBSCRIBER_ID = 6;
    public static final int SERVER_ID_OVERRIDE = 11;
    public static final int RELAY_ID = 12;
    public static final int RELAY_PORT = 19;

    private final Map<Integer, byte[]> subOptions;

    private RelayAgentInfo(Map<Integer, byte[]> subOptions) {
        this.subOptions = Collections.unmodifiableMap(subOptions);
    }

    /**
     * @param payload option 82 payload (no code, no length)
     * @throws MalformedPacketException if a sub-option runs past the end
     */
    public static RelayAgentInfo parse(byte[] payload) throws MalformedPacketException {
        Map<Integer, byte[]> subs = new LinkedHashMap<>();
        int i = 0;
        while (i < payload.length) {
            int code = payload[i] & 0xff;
            if (i + 1 >= payload.length) {
                throw new MalformedPacketException("relay agent sub-option " + code + " has no length octet");
            }
            int len = payload[i + 1] & 0xff;
            if (i + 2 + len > payload.length) {
                throw new MalformedPacketException("relay agent sub-option " + code + " has length " + len
                        + " but only " + (payload.length - i - 2) + " bytes remain");
            }
            byte[] value = new byte[len];
            System.arraycopy(payload, i + 2, value, 0, len);
            subs.merge(code, value, OptionArea::concat);
            i += 2 + len;
        }
        return new RelayAgentInfo(subs);
    }

    /** @return a relay agent information holding {@code subOptions} (copied, order kept) */
    public static RelayAgentInfo of(Map<Integer, byte[]> subOptions) {
        return new RelayAgentInfo(new LinkedHashMap<>(subOptions));
    }

    /** @return sub-options by code, in wire order (unmodifiable) */
    public Map<Integer, byte[]> subOptions() {
        return subOptions;
    }

    /** @return the value of sub-option {@code code}, or null */
    public byte[] get(int code) {
        return subOptions.get(code);
    }

    /** @return the option 82 payload; sub-options longer than 255 bytes are split */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subOptions.forEach((code, value) -> {
            int pos = 0;
            do {
                int n = Math.min(OptionArea.MAX_PIECE, value.length - pos);
                out.write(code);
                out.write(n);
                out.write(value, pos, n);
                pos += n;
            } while (pos < value.length);
        });
        return out.toByteArray();
    }
}
