package org.treatylab.server.http;

import io.javalin.http.Context;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.report.Json;

/**
 * Writes the application layer's records as JSON answers. A record the application layer keeps (it returns the same
 * instance again, e.g. a count of shipped data) is written to text once: the text is remembered for as long as the
 * record lives.
 */
public final class Answers {
    private static final Map<Key, String> WRITTEN = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> GONE = new ReferenceQueue<>();

    private Answers() {
    }

    /** 200 with the record as JSON. */
    public static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.compact(value));
    }

    /** A status and the record as JSON. */
    public static void json(Context ctx, int status, Object value) {
        ctx.status(status);
        json(ctx, value);
    }

    /** 200 with the record as JSON, written once per record instance. */
    public static void kept(Context ctx, Object value) {
        String text = WRITTEN.get(new Probe(value));
        if (text == null) {
            for (Object k; (k = GONE.poll()) != null;) {
                WRITTEN.remove(k);
            }
            text = WRITTEN.computeIfAbsent(new Key(value, GONE), k -> Json.compact(value));
        }
        ctx.contentType("application/json").result(text);
    }

    /** Looks a record up by identity without making a weak reference (the map asks the probe for equality). */
    private record Probe(Object value) {
        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.get() == value;
        }
    }

    /** A record by identity, forgotten when the record is collected. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object value, ReferenceQueue<Object> queue) {
            super(value, queue);
            this.hash = System.identityHashCode(value);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key k)) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == k.get();
        }
    }
}
