package org.nestor.core.control.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.slf4j.Logger;

/**
 * Collects a request body up to the limit; a larger one is answered 413 with Kea's error-map body and the
 * connection is closed (Kea itself has no limit; Nestor refuses to buffer unbounded bodies).
 */
final class BodyAggregator extends HttpObjectAggregator {
    private final Logger log;

    BodyAggregator(int maxBodyBytes, Logger log) {
        super(maxBodyBytes);
        this.log = log;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        log.info("HTTP_BAD_CLIENT_REQUEST_RECEIVED bad request received from {}: body larger than {} bytes",
                ctx.channel().remoteAddress(), maxContentLength());
        ctx.writeAndFlush(HttpReplies.error(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, null, false))
                .addListener(ChannelFutureListener.CLOSE);
    }
}
