package org.nestor.core.control.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP(S) control listener. Connections are handled on a Netty event loop; commands run one at a time on a
 * single worker thread (as Kea's agent does), so a slow {@code config-set} never stalls TLS handshakes or reads.
 * Starting logs a warning when the endpoint is reachable beyond loopback without authentication.
 */
public final class HttpControlServer implements AutoCloseable {
    /** Kea's idle timeout of a persistent connection (seconds). */
    static final int IDLE_SECONDS = 30;

    private final EventLoopGroup group;
    private final ExecutorService worker;
    private final Channel channel;
    private final HttpControlSettings settings;

    private HttpControlServer(EventLoopGroup group, ExecutorService worker, Channel channel,
            HttpControlSettings settings) {
        this.group = group;
        this.worker = worker;
        this.channel = channel;
        this.settings = settings;
    }

    /**
     * Binds and starts serving.
     *
     * @param daemon Kea's logger root of the daemon that serves ({@code kea-ctrl-agent}, {@code kea-dhcp4})
     * @throws IOException when TLS cannot be set up or the address cannot be bound
     */
    public static HttpControlServer start(HttpControlSettings settings, ControlResponder responder, String daemon)
            throws IOException {
        SslContext ssl = settings.tls().isPresent() ? TlsContexts.server(settings.tls().get()) : null;
        BasicAuthenticator auth = settings.authenticationRequired()
                ? new BasicAuthenticator(settings.authentication().get(), LoggerFactory.getLogger(daemon + ".auth"))
                : null;
        Logger httpLog = LoggerFactory.getLogger(daemon + ".http");
        warnIfExposed(settings, LoggerFactory.getLogger(daemon));
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nestor-control-http");
            t.setDaemon(true);
            return t;
        });
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        if (ssl != null) {
                            p.addLast("tls", ssl.newHandler(ch.alloc()));
                        }
                        p.addLast("idle", new IdleStateHandler(0, 0, IDLE_SECONDS));
                        p.addLast("codec", new HttpServerCodec());
                        p.addLast("body", new BodyAggregator(settings.maxBodyBytes(), httpLog));
                        p.addLast("control", new ControlHttpHandler(responder, auth, worker, httpLog));
                    }
                });
        try {
            Channel channel = bootstrap.bind(settings.host(), settings.port()).sync().channel();
            return new HttpControlServer(group, worker, channel, settings);
        } catch (Exception e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            worker.shutdownNow();
            throw new IOException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The warning Nestor adds to Kea's behaviour: an open API beyond loopback is logged at every start. */
    private static void warnIfExposed(HttpControlSettings settings, Logger log) {
        if (settings.exposedBeyondLoopback() && !settings.authenticationRequired()) {
            log.warn("NESTOR_HTTP_CONTROL_UNAUTHENTICATED the control API on {}:{} is reachable beyond loopback "
                    + "without authentication: anyone who can reach it can reconfigure or stop the server; "
                    + "configure \"authentication\" with \"clients\"", settings.host(), settings.port());
        }
    }

    /** @return the bound address (the real port when 0 was asked) */
    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** @return the settings it was started with */
    public HttpControlSettings settings() {
        return settings;
    }

    /** Stops listening, closes connections, and waits briefly for the running command to finish. */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
