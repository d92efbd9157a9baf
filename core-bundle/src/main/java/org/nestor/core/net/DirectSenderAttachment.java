package org.nestor.core.net;

import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramChannel;
import io.netty.util.AttributeKey;
import java.util.concurrent.CompletableFuture;

/**
 * Gives a service socket its {@link DirectUdpSender} once the native calls it needs have loaded, off the thread that
 * opens the socket. Binding libc through JNR-FFI generates classes, which in a JVM that has just started takes a few
 * hundred milliseconds of a core; the socket answers meanwhile, its replies going through the channel. The
 * descriptor is duplicated on the channel's event loop, which is where the channel closes its own, so a socket
 * closed in between is never duplicated (nor another file that reused its number).
 */
final class DirectSenderAttachment {
    /** The attachment under way or done for a channel: its sender, or null when it has none. */
    static final AttributeKey<CompletableFuture<DirectUdpSender>> PENDING =
            AttributeKey.valueOf("nestor.direct-udp-sender.pending");

    private static final Object LOCK = new Object();
    private static CompletableFuture<Boolean> nativeCalls;

    private DirectSenderAttachment() {
    }

    /** Starts attaching a sender to {@code channel}, if its flavour has one; returns at once. */
    static void later(DatagramChannel channel, SocketFlavour flavour) {
        CompletableFuture<DirectUdpSender> attached = new CompletableFuture<>();
        channel.attr(PENDING).set(attached);
        if (!flavour.sendsDirect()) {
            attached.complete(null);
            return;
        }
        nativeCalls().thenRun(() -> channel.eventLoop().execute(() -> attached.complete(attachNow(channel, flavour))));
    }

    /** @return the sender attached to {@code channel} once its attachment is done (null: it has none) */
    static CompletableFuture<DirectUdpSender> of(Channel channel) {
        CompletableFuture<DirectUdpSender> pending = channel.attr(PENDING).get();
        return pending == null ? CompletableFuture.completedFuture(null) : pending;
    }

    /** @return the sender now attached to {@code channel}, or null when it has closed or its flavour has none */
    static DirectUdpSender attachNow(DatagramChannel channel, SocketFlavour flavour) {
        if (!channel.isOpen()) {
            return null;
        }
        DirectUdpSender direct = flavour.directSender(channel);
        if (direct != null) {
            channel.attr(DirectUdpSender.OF_CHANNEL).set(direct);
            channel.closeFuture().addListener(closed -> direct.close());
        }
        return direct;
    }

    /** @return completed once libc is bound (or known not to bind), loading it on a thread of its own the first time */
    private static CompletableFuture<Boolean> nativeCalls() {
        synchronized (LOCK) {
            if (nativeCalls == null) {
                CompletableFuture<Boolean> loading = new CompletableFuture<>();
                Thread loader = new Thread(() -> loading.complete(NativeLibC.available()), "nestor-native-load");
                loader.setDaemon(true);
                loader.start();
                nativeCalls = loading;
            }
            return nativeCalls;
        }
    }
}
