package org.nestor.core.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes buffers into {@link Dhcp4Packet}s and encodes them back (RFC 2131, RFC 2132 overload, RFC 3396). */
public final class Dhcp4Codec {
    /** Size of the fixed BOOTP header, up to and including the file field. */
    public static final int FIXED_SIZE = 236;
    /** BOOTP minimum message size (RFC 1542 §3.5); shorter replies are padded, as Kea does. */
    public static final int BOOTP_MIN_SIZE = 300;
    /** Smallest message every DHCP client accepts (RFC 2131 §2). */
    public static final int MIN_MAX_SIZE = 576;
    /** Option 52, option overload. */
    public static final int OPTION_OVERLOAD = 52;
    private static final int MAGIC_COOKIE = 0x63825363;
    private static final int SNAME_OFFSET = 44;
    private static final int SNAME_SIZE = 64;
    private static final int FILE_OFFSET = 108;
    private static final int FILE_SIZE = 128;
    private static final int MAX_HLEN = 16;

    private Dhcp4Codec() {
    }

    /**
     * Decodes one DHCPv4/BOOTP message. A message without the magic cookie is taken as BOOTP without options.
     * Options carried in sname/file (option 52) are merged into {@link Dhcp4Packet#options}, and those fields are
     * then left empty; option 52 itself stays in the map.
     *
     * @throws MalformedPacketException if the buffer is not a well-formed message
     */
    public static Dhcp4Packet decode(byte[] buf, int offset, int length) throws MalformedPacketException {
        if (buf == null || offset < 0 || length < 0 || offset + length > buf.length) {
            throw new MalformedPacketException("buffer bounds are invalid");
        }
        if (length < FIXED_SIZE) {
            throw new MalformedPacketException("truncated packet: " + length + " bytes, at least " + FIXED_SIZE
                    + " required");
        }
        ByteBuffer in = ByteBuffer.wrap(buf, offset, length);
        Dhcp4Packet p = new Dhcp4Packet();
        p.op = in.get() & 0xff;
        p.htype = in.get() & 0xff;
        p.hlen = in.get() & 0xff;
        if (p.hlen > MAX_HLEN) {
            throw new MalformedPacketException("hardware address length " + p.hlen + " exceeds " + MAX_HLEN);
        }
        p.hops = in.get() & 0xff;
        p.xid = in.getInt();
        p.secs = in.getShort() & 0xffff;
        p.flags = in.getShort() & 0xffff;
        p.ciaddr = in.getInt();
        p.yiaddr = in.getInt();
        p.siaddr = in.getInt();
        p.giaddr = in.getInt();
        in.get(p.chaddr);
        int base = offset;
        if (length < FIXED_SIZE + 4 || in.getInt(base + FIXED_SIZE) != MAGIC_COOKIE) {
            p.sname = text(buf, base + SNAME_OFFSET, SNAME_SIZE);
            p.file = text(buf, base + FILE_OFFSET, FILE_SIZE);
            return p;
        }
        OptionMap options = (OptionMap) p.options;
        OptionArea.read(buf, base + FIXED_SIZE + 4, base + length, "options field", options);
        int overload = overload(p.option(OPTION_OVERLOAD));
        if ((overload & 1) != 0) {
            OptionArea.read(buf, base + FILE_OFFSET, base + FILE_OFFSET + FILE_SIZE, "file field", options);
        } else {
            p.file = text(buf, base + FILE_OFFSET, FILE_SIZE);
        }
        if ((overload & 2) != 0) {
            OptionArea.read(buf, base + SNAME_OFFSET, base + SNAME_OFFSET + SNAME_SIZE, "sname field", options);
        } else {
            p.sname = text(buf, base + SNAME_OFFSET, SNAME_SIZE);
        }
        return p;
    }

    /**
     * Encodes a message no larger than {@code max(maxSize, 576)} bytes, moving options into the file and then the
     * sname field (option 52) when they do not fit and those fields are empty, splitting options over 255 bytes,
     * and padding to 300 bytes. Options are written in map order; an option 52 in the map is ignored.
     *
     * @throws IllegalArgumentException if the options cannot fit, an option code is 0 or 255, or sname/file are
     *                                  too long
     */
    public static byte[] encode(Dhcp4Packet packet, int maxSize) {
        int limit = Math.max(maxSize, MIN_MAX_SIZE);
        OptionMap options = (OptionMap) packet.options;
        int total = 0;
        for (int i = 0; i < options.size(); i++) {
            if (options.codeAt(i) != OPTION_OVERLOAD) {
                total += OptionArea.wireSize(options.codeAt(i), options.valueAt(i));
            }
        }
        int mainCapacity = limit - FIXED_SIZE - 4;
        if (total + 1 <= mainCapacity) {
            return encodeUnsplit(packet, total);
        }
        List<byte[]> encoded = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.codeAt(i) != OPTION_OVERLOAD) {
                encoded.add(OptionArea.serialize(options.codeAt(i), options.valueAt(i)));
            }
        }
        Layout layout = Layout.plan(encoded, total, mainCapacity, packet.file.isEmpty(), packet.sname.isEmpty());
        ByteBuffer out = ByteBuffer.allocate(Math.max(BOOTP_MIN_SIZE, FIXED_SIZE + 4 + layout.mainSize()));
        putHeader(out, packet);
        putField(out, layout.sname() == null ? textBytes(packet.sname, SNAME_SIZE, "sname") : layout.sname(),
                SNAME_SIZE);
        putField(out, layout.file() == null ? textBytes(packet.file, FILE_SIZE, "file") : layout.file(), FILE_SIZE);
        out.putInt(MAGIC_COOKIE);
        out.put(layout.main());
        return out.array();
    }

    /** The common case: every option fits in the options field; written straight into the one result array. */
    private static byte[] encodeUnsplit(Dhcp4Packet packet, int total) {
        byte[] bytes = new byte[Math.max(BOOTP_MIN_SIZE, FIXED_SIZE + 4 + total + 1)];
        ByteBuffer out = ByteBuffer.wrap(bytes);
        putHeader(out, packet);
        putText(out, packet.sname, SNAME_SIZE, "sname");
        putText(out, packet.file, FILE_SIZE, "file");
        out.putInt(MAGIC_COOKIE);
        int pos = out.position();
        OptionMap options = (OptionMap) packet.options;
        for (int i = 0; i < options.size(); i++) {
            if (options.codeAt(i) != OPTION_OVERLOAD) {
                pos = OptionArea.writeSplit(bytes, pos, options.codeAt(i), options.valueAt(i));
            }
        }
        bytes[pos] = (byte) OptionArea.END;
        return bytes;
    }

    private static void putHeader(ByteBuffer out, Dhcp4Packet packet) {
        out.put((byte) packet.op).put((byte) packet.htype).put((byte) packet.hlen).put((byte) packet.hops);
        out.putInt(packet.xid).putShort((short) packet.secs).putShort((short) packet.flags);
        out.putInt(packet.ciaddr).putInt(packet.yiaddr).putInt(packet.siaddr).putInt(packet.giaddr);
        int n = Math.min(MAX_HLEN, packet.chaddr.length);
        out.put(packet.chaddr, 0, n);
        out.position(out.position() + MAX_HLEN - n);
    }

    private static void putText(ByteBuffer out, String text, int size, String field) {
        int start = out.position();
        if (!text.isEmpty()) {
            out.put(textBytes(text, size, field));
        }
        out.position(start + size);
    }

    private static int overload(byte[] value) {
        return value != null && value.length == 1 && value[0] >= 1 && value[0] <= 3 ? value[0] : 0;
    }

    private static String text(byte[] buf, int from, int size) {
        int end = from;
        while (end < from + size && buf[end] != 0) {
            end++;
        }
        return new String(buf, from, end - from, StandardCharsets.ISO_8859_1);
    }

    private static byte[] textBytes(String s, int size, String field) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length > size) {
            throw new IllegalArgumentException(field + " is " + b.length + " bytes, the field holds " + size);
        }
        return b;
    }

    private static void putField(ByteBuffer out, byte[] value, int size) {
        out.put(value);
        out.put(new byte[size - value.length]);
    }
}
