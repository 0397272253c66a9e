package org.treatylab.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.treatylab.app.ledger.AccessDoor;
import org.treatylab.domain.Party;

/**
 * Who may call a route: the bearer token is resolved to its credential (party or observer) before the handler runs,
 * so before any body is read; a route's {@link Route.Role} decides whether the credential may call it. A per-token
 * rate limit (off unless configured) answers 429. Tokens are never logged nor echoed: the rate limiter keys on their
 * hash.
 */
public final class Access {
    /** The context attribute holding the calling party (party tokens only). */
    public static final String PARTY = "access.party";
    private final Function<String, Optional<AccessDoor.Credential>> credentials;
    private final int perSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param perSecond requests a second per token (with a burst of as many), 0 for no limit
     */
    public Access(Function<String, Optional<AccessDoor.Credential>> credentials, int perSecond) {
        this.credentials = credentials;
        this.perSecond = perSecond;
    }

    /** The route's handler behind its role's check. */
    public Handler guard(Route r) {
        if (r.role() == Route.Role.PUBLIC) {
            return r.handler();
        }
        return ctx -> {
            check(ctx, r.role());
            r.handler().handle(ctx);
        };
    }

    private void check(Context ctx, Route.Role role) {
        String h = ctx.header("Authorization");
        if (h == null || !h.startsWith("Bearer ") || h.length() <= 7) {
            throw ApiError.unauthorized("an API token is required: Authorization: Bearer TOKEN");
        }
        String token = h.substring(7).trim();
        AccessDoor.Credential c = credentials.apply(token)
                .orElseThrow(() -> ApiError.unauthorized("the token is not valid for this ledger"));
        Route.Role held = c.isParty() ? Route.Role.PARTY : Route.Role.OBSERVER;
        if (!role.admits(held)) {
            throw new ApiError(403, "forbidden", "this route needs a party's token; an observer's token reads signed "
                    + "heads and proofs only");
        }
        if (perSecond > 0) {
            if (!buckets.computeIfAbsent(c.id(), k -> new Bucket(perSecond)).take(System.nanoTime())) {
                ctx.header("Retry-After", "1");
                throw new ApiError(429, "too many requests", "this token sent more than " + perSecond
                        + " requests a second (the server's --rate-limit)");
            }
        }
        if (c.isParty()) {
            ctx.attribute(PARTY, c.party());
        }
    }

    /** The calling party of a party route. */
    public static Party party(Context ctx) {
        Party p = ctx.attribute(PARTY);
        if (p == null) {
            throw ApiError.unauthorized("a party's API token is required");
        }
        return p;
    }

    /** A token bucket: {@code rate} tokens a second, holding at most {@code rate}. */
    private static final class Bucket {
        private final int rate;
        private double tokens;
        private long last;

        Bucket(int rate) {
            this.rate = rate;
            this.tokens = rate;
            this.last = System.nanoTime();
        }

        synchronized boolean take(long now) {
            tokens = Math.min(rate, tokens + (now - last) * 1e-9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
