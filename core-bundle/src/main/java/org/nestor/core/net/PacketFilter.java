package org.nestor.core.net;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The classic BPF program a packet socket runs in the kernel: it passes Ethernet frames carrying an unfragmented
 * IPv4 UDP datagram to one port, and drops everything else before it is copied to the server.
 */
final class PacketFilter {
    private static final int LD_H_ABS = 0x28;
    private static final int LD_B_ABS = 0x30;
    private static final int LD_H_IND = 0x48;
    private static final int LDX_B_MSH = 0xb1;
    private static final int JEQ_K = 0x15;
    private static final int JSET_K = 0x45;
    private static final int RET_K = 0x06;
    private static final int INSTRUCTION_BYTES = 8;

    private PacketFilter() {
    }

    /**
     * @param port the UDP destination port to pass
     * @return the program as {@code struct sock_filter[]}, in host byte order
     */
    static byte[] udpToPort(int port) {
        int[][] program = {
            {LD_H_ABS, 0, 0, 12},          // 0: A = ethertype
            {JEQ_K, 0, 8, 0x0800},         // 1: IPv4, else drop
            {LD_B_ABS, 0, 0, 23},          // 2: A = IP protocol
            {JEQ_K, 0, 6, 17},             // 3: UDP, else drop
            {LD_H_ABS, 0, 0, 20},          // 4: A = flags + fragment offset
            {JSET_K, 4, 0, 0x1fff},        // 5: a later fragment: drop
            {LDX_B_MSH, 0, 0, 14},         // 6: X = IP header length
            {LD_H_IND, 0, 0, 16},          // 7: A = UDP destination port (14 + 2)
            {JEQ_K, 0, 1, port},           // 8: our port, else drop
            {RET_K, 0, 0, 0x40000},        // 9: pass the whole frame
            {RET_K, 0, 0, 0},              // 10: drop
        };
        ByteBuffer out = ByteBuffer.allocate(program.length * INSTRUCTION_BYTES).order(ByteOrder.nativeOrder());
        for (int[] insn : program) {
            out.putShort((short) insn[0]).put((byte) insn[1]).put((byte) insn[2]).putInt(insn[3]);
        }
        return out.array();
    }

    /** @return the number of instructions in a program built here */
    static int length(byte[] program) {
        return program.length / INSTRUCTION_BYTES;
    }
}
