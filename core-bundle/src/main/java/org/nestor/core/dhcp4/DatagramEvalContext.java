package org.nestor.core.dhcp4;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.nestor.core.classify.EvalContext;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * What a class test sees of one received query. The source and destination addresses become
 * {@link InetAddress}es only when a test asks for them ({@code pkt.src}/{@code pkt.dst} are rare), so classifying
 * a packet allocates no address objects.
 */
final class DatagramEvalContext implements EvalContext {
    private final Dhcp4Packet query;
    private final InboundDatagram in;
    private final Set<String> classes;

    DatagramEvalContext(Dhcp4Packet query, InboundDatagram in, Set<String> classes) {
        this.query = query;
        this.in = in;
        this.classes = classes;
    }

    @Override
    public Dhcp4Packet packet4() {
        return query;
    }

    @Override
    public String interfaceName() {
        return in.interfaceName();
    }

    @Override
    public InetAddress sourceAddress() {
        return address(in.sourceAddress());
    }

    @Override
    public InetAddress destinationAddress() {
        return address(in.destinationAddress());
    }

    @Override
    public int packetLength() {
        return in.data().length;
    }

    @Override
    public Set<String> classes() {
        return classes;
    }

    @Override
    public byte[] option(int code) {
        return query.option(code);
    }

    private static InetAddress address(int v4) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (v4 >>> 24), (byte) (v4 >>> 16), (byte) (v4 >>> 8),
                (byte) v4});
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // four bytes are always an address
        }
    }
}
