package org.nestor.core.control.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;
import org.slf4j.Logger;

/**
 * One HTTP request as Kea's agent treats it: anything but a POST of {@code application/json} is a 400, a request
 * without matching credentials a 401 (checked before the body is parsed), a body that is not JSON a 400; a good
 * body goes to the responder on the worker thread and its answer is the 200's body. The path is not looked at
 * (Kea answers on every path).
 */
final class ControlHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final ControlResponder responder;
    private final BasicAuthenticator auth;
    private final Executor worker;
    private final Logger log;

    /** @param auth null when no authentication is configured */
    ControlHttpHandler(ControlResponder responder, BasicAuthenticator auth, Executor worker, Logger log) {
        this.responder = responder;
        this.auth = auth;
        this.worker = worker;
        this.log = log;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        String remote = remoteOf(ctx);
        String problem = problemWith(request);
        if (problem != null) {
            log.debug("HTTP_BAD_CLIENT_REQUEST_RECEIVED bad request received from {}: {}", remote, problem);
            reply(ctx, HttpReplies.error(HttpResponseStatus.BAD_REQUEST, null, keepAlive), keepAlive);
            return;
        }
        if (auth != null && auth.authenticate(request.headers().get(HttpHeaderNames.AUTHORIZATION)).isEmpty()) {
            reply(ctx, HttpReplies.error(HttpResponseStatus.UNAUTHORIZED, auth.realm(), keepAlive), keepAlive);
            return;
        }
        JsonValue body;
        try {
            body = new JsonParser().parse(request.content().toString(StandardCharsets.UTF_8), "<http request>");
        } catch (JsonException e) {
            log.debug("HTTP_BAD_CLIENT_REQUEST_RECEIVED bad request received from {}: {}", remote, e.getMessage());
            reply(ctx, HttpReplies.error(HttpResponseStatus.BAD_REQUEST, null, keepAlive), keepAlive);
            return;
        }
        try {
            worker.execute(() -> reply(ctx, answer(body, remote, keepAlive), keepAlive));
        } catch (RejectedExecutionException e) {
            ctx.close();
        }
    }

    private FullHttpResponse answer(JsonValue body, String remote, boolean keepAlive) {
        try {
            return HttpReplies.ok(JsonWriter.compact(responder.respond(body, remote)), keepAlive);
        } catch (RuntimeException e) {
            log.error("HTTP_REQUEST_HANDLER_FAILED the command from {} failed unexpectedly: {}", remote, e.toString());
            return HttpReplies.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, null, keepAlive);
        }
    }

    /** @return why Kea's agent would answer 400 before looking at credentials, or null */
    private static String problemWith(FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            return "malformed HTTP request";
        }
        if (!HttpMethod.POST.equals(request.method())) {
            return "unsupported method " + request.method();
        }
        String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
        if (type == null) {
            return "required header content-type not found in the HTTP request";
        }
        String mime = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/json") ? null
                : "required header's content-type value is application/json, but " + type + " was found";
    }

    private static void reply(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
        if (keepAlive) {
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            ctx.close();
        } else if (event instanceof SslHandshakeCompletionEvent hs && !hs.isSuccess()) {
            log.info("HTTP_CONNECTION_HANDSHAKE_FAILED TLS handshake with {} failed with {}", remoteOf(ctx),
                    hs.cause().getMessage());
            ctx.close();
        } else {
            super.userEventTriggered(ctx, event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("HTTP_CONNECTION_STOP stopping HTTP connection from {}: {}", remoteOf(ctx), cause.toString());
        ctx.close();
    }

    private static String remoteOf(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof java.net.InetSocketAddress a
                ? a.getAddress().getHostAddress() : String.valueOf(ctx.channel().remoteAddress());
    }
}
