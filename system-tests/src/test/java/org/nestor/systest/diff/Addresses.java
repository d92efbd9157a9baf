package org.nestor.systest.diff;

import java.nio.ByteBuffer;

/** Dotted-quad IPv4 text to and from the int and byte forms the codec uses. */
final class Addresses {
    private Addresses() {
    }

    static byte[] bytes(String dotted) {
        String[] parts = dotted.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) Integer.parseInt(parts[i]);
        }
        return b;
    }

    static int toInt(String dotted) {
        return ByteBuffer.wrap(bytes(dotted)).getInt();
    }

    static String text(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
    }
}
