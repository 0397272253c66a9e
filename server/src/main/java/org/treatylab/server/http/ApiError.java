package org.treatylab.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error only HTTP has (a missing credential, a malformed request body before any door sees it), answered as JSON
 * {@code {"error": ..., "detail": ...}}. Failures of the work come from the application layer with their kind.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String detail;

    public ApiError(int status, String error, String detail) {
        super(error);
        this.status = status;
        this.detail = detail == null ? "" : detail;
    }

    public static ApiError badRequest(String detail) {
        return new ApiError(400, "bad request", detail);
    }

    public static ApiError unauthorized(String detail) {
        return new ApiError(401, "unauthorized", detail);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** The JSON error body. */
    public static Map<String, String> body(String error, String detail) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("error", error);
        m.put("detail", detail == null ? "" : detail);
        return m;
    }
}
