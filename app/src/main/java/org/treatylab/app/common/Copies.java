package org.treatylab.app.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies for the records' compact constructors that keep the order a contract shows (Map.copyOf does not). */
public final class Copies {
    private Copies() {
    }

    /** An unmodifiable copy in the given map's iteration order; null stays null. */
    public static <K, V> Map<K, V> ordered(Map<K, V> m) {
        return m == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
