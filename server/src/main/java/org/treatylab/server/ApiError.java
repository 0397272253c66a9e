package org.treatylab.server;

/**
 * An HTTP error answered as JSON {@code {"error": ..., "detail": ...}}.
 *
 * @param status a 4xx or 5xx status
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

    public static ApiError notFound(String detail) {
        return new ApiError(404, "not found", detail);
    }

    public static ApiError conflict(String detail) {
        return new ApiError(409, "conflict", detail);
    }

    public static ApiError unauthorized(String detail) {
        return new ApiError(401, "unauthorized", detail);
    }

    public static ApiError forbidden(String detail) {
        return new ApiError(403, "forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
