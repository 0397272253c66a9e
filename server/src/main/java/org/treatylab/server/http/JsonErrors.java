package org.treatylab.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.treatylab.report.Json;

/**
 * Jetty's own error answers as JSON {@code {"error", "detail"}}, like every other answer of the API. Jetty answers
 * some requests before any route sees them: a malformed or ambiguous URI, a URI or header block above its limits,
 * a request that is not HTTP. Its default pages are HTML; these handlers replace them, on the server (errors found
 * while parsing the request) and on the servlet context (errors found while dispatching it).
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** The handler for {@code Server.setErrorHandler}. */
    public static ErrorHandler server() {
        return new ServerErrors();
    }

    /** The handler for the servlet context's {@code setErrorHandler}. */
    public static ErrorHandler context() {
        return new ContextErrors();
    }

    static byte[] body(int status, String message) {
        String reason = HttpStatus.getMessage(status);
        String detail = message == null || message.isBlank() || message.equals(reason) ? reason : message;
        return Json.compact(ApiError.body(reason == null ? "error " + status : reason.toLowerCase(java.util.Locale.ROOT),
                detail)).getBytes(StandardCharsets.UTF_8);
    }

    static boolean writeJson(Response response, Callback callback, int status, String message) {
        byte[] b = body(status, message);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(b.length));
        response.write(true, ByteBuffer.wrap(b), callback);
        return true;
    }

    private static final class ServerErrors extends ErrorHandler {
        ServerErrors() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
            return writeJson(response, callback, code, message);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
            return ByteBuffer.wrap(body(status, reason));
        }
    }

    private static final class ContextErrors extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        ContextErrors() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
            return writeJson(response, callback, code, message);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
            return ByteBuffer.wrap(body(status, reason));
        }
    }
}
