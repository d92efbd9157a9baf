package org.nestor.core.wire;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Where each encoded option goes when a message is built: the options field, then the file field, then the sname
 * field (RFC 2132 §9.3 overload). {@code file}/{@code sname} are null when the field keeps its text.
 */
record Layout(byte[] main, byte[] file, byte[] sname) {
    private static final int FILE_SIZE = 128;
    private static final int SNAME_SIZE = 64;
    private static final int OVERLOAD_OPTION_SIZE = 3;

    int mainSize() {
        return main.length;
    }

    /**
     * @param encoded options in wire form, in order
     * @param total their summed length
     * @param mainCapacity bytes available after the magic cookie
     */
    static Layout plan(List<byte[]> encoded, int total, int mainCapacity, boolean fileFree, boolean snameFree) {
        if (total + 1 <= mainCapacity) {
            return new Layout(join(encoded, 0, true), null, null);
        }
        Area main = new Area(mainCapacity - OVERLOAD_OPTION_SIZE);
        Area file = new Area(fileFree ? FILE_SIZE : 0);
        Area sname = new Area(snameFree ? SNAME_SIZE : 0);
        for (byte[] option : encoded) {
            if (!main.offer(option) && !file.offer(option) && !sname.offer(option)) {
                throw new IllegalArgumentException("options do not fit in " + (mainCapacity + 240)
                        + " bytes even with sname/file overload");
            }
        }
        int overload = (file.used() ? 1 : 0) | (sname.used() ? 2 : 0);
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {(byte) Dhcp4Codec.OPTION_OVERLOAD, 1, (byte) overload});
        m.writeBytes(main.bytes());
        return new Layout(m.toByteArray(), file.used() ? file.bytes() : null, sname.used() ? sname.bytes() : null);
    }

    private static byte[] join(List<byte[]> options, int from, boolean end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < options.size(); i++) {
            out.writeBytes(options.get(i));
        }
        if (end) {
            out.write(OptionArea.END);
        }
        return out.toByteArray();
    }

    /** One area being filled; keeps one byte for End. */
    private static final class Area {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final int capacity;

        Area(int capacity) {
            this.capacity = capacity;
        }

        boolean offer(byte[] option) {
            if (out.size() + option.length + 1 > capacity) {
                return false;
            }
            out.writeBytes(option);
            return true;
        }

        boolean used() {
            return out.size() > 0;
        }

        byte[] bytes() {
            out.write(OptionArea.END);
            return out.toByteArray();
        }
    }
}
