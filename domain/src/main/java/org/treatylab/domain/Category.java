package org.treatylab.domain;

import java.util.Locale;

/** The kind of strategic delivery vehicle, as the treaties distinguish them. */
public enum Category {
    ICBM, MOBILE_ICBM, HEAVY_ICBM, SLBM, HEAVY_BOMBER;

    /** ICBMs of any kind and SLBMs: the vehicles that carry re-entry vehicles. */
    public boolean isBallisticMissile() {
        return this != HEAVY_BOMBER;
    }

    public boolean isIcbm() {
        return this == ICBM || this == MOBILE_ICBM || this == HEAVY_ICBM;
    }

    public boolean isBomber() {
        return this == HEAVY_BOMBER;
    }

    /**
     * Parses a category name in any case, with '-' or ' ' accepted for '_'.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static Category parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Category c : values()) {
            if (c.name().equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + text.trim()
                + "' (expected ICBM, MOBILE_ICBM, HEAVY_ICBM, SLBM or HEAVY_BOMBER)");
    }
}
