package org.nestor.core.control.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.nestor.core.json.JsonWriter;

/** The HTTP answers Kea's agent sends: JSON bodies, {@code Date}, and the error map for HTTP-level errors. */
final class HttpReplies {
    private HttpReplies() {
    }

    /** @return a 200 with the JSON body */
    static FullHttpResponse ok(String json, boolean keepAlive) {
        return response(HttpResponseStatus.OK, json, keepAlive);
    }

    /**
     * @param realm when not null, adds {@code WWW-Authenticate: Basic realm="..."} (for 401)
     * @return {@code {"result": <code>, "text": "<reason>"}} with that status, as Kea's agent answers
     */
    static FullHttpResponse error(HttpResponseStatus status, String realm, boolean keepAlive) {
        String body = JsonWriter.compact(ControlAnswers.answer(status.code(), status.reasonPhrase()));
        FullHttpResponse r = response(status, body, keepAlive);
        if (realm != null) {
            r.headers().set("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        }
        return r;
    }

    private static FullHttpResponse response(HttpResponseStatus status, String json, boolean keepAlive) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
        // Kea's spelling of the header names (HTTP does not care; people reading curl -i output do)
        r.headers().set("Content-Length", bytes.length)
                .set("Content-Type", HttpHeaderValues.APPLICATION_JSON)
                .set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        if (!keepAlive) {
            r.headers().set("Connection", HttpHeaderValues.CLOSE);
        }
        return r;
    }
}
