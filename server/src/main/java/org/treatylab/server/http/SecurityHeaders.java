package org.treatylab.server.http;

import io.javalin.http.Context;

/**
 * Headers on every answer, the web page's included: a content security policy that runs only the server's own script
 * files (no inline script, no other origin, no plugins, no framing), no referrer sent anywhere, no MIME sniffing.
 * Inline styles stay allowed: ECharts sets them on the elements it draws.
 */
public final class SecurityHeaders {
    /** The policy: scripts, connections, images and fonts from this origin only. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void add(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
