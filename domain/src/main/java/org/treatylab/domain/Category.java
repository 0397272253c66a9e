package org.treatylab.domain;

import java.util.Locale;

/**
 * The kind of strategic delivery vehicle, as the treaties distinguish them.
 *
 * <p>{@link #MEDIUM_BOMBER} is a nuclear-capable bomber below a treaty's heavy-bomber definition. New START's
 * (Protocol, Part One) is a bomber whose range is greater than 8,000 km or that is equipped for long-range nuclear
 * ALCMs (range over 600 km). China's H-6N (range about 6,000 km, carrying an air-launched <i>ballistic</i> missile)
 * meets neither criterion: it is a medium bomber, which START I, SORT and New START do not count. How a draft counts
 * it is a counting option ({@code medium_bombers} of the {@code new-start} rule set; docs/file-formats.md).
 */
public enum Category {
    ICBM, MOBILE_ICBM, HEAVY_ICBM, SLBM, HEAVY_BOMBER, MEDIUM_BOMBER;

    /** ICBMs of any kind and SLBMs: the vehicles that carry re-entry vehicles. */
    public boolean isBallisticMissile() {
        return this != HEAVY_BOMBER && this != MEDIUM_BOMBER;
    }

    public boolean isIcbm() {
        return this == ICBM || this == MOBILE_ICBM || this == HEAVY_ICBM;
    }

    /** Heavy and medium bombers. */
    public boolean isBomber() {
        return this == HEAVY_BOMBER || this == MEDIUM_BOMBER;
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
                + "' (expected ICBM, MOBILE_ICBM, HEAVY_ICBM, SLBM, HEAVY_BOMBER or MEDIUM_BOMBER)");
    }
}
