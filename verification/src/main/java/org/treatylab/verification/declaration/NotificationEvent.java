package org.treatylab.verification.declaration;

import java.util.Locale;

/** The changes a notification reports. */
public enum NotificationEvent {
    /** A new item enters the database (non-deployed or test). */
    ADD,
    /** A non-deployed item becomes deployed, with its emplaced warheads. */
    DEPLOY,
    /** A deployed item is taken out of deployment; its warheads are removed. */
    STORE,
    /** An item moves to another facility. */
    MOVE,
    /** A non-deployed or test item is converted so that it no longer counts. */
    CONVERT,
    /** A non-deployed, test or converted item is eliminated. */
    ELIMINATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label in any case.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static NotificationEvent parse(String text) {
        for (NotificationEvent e : values()) {
            if (e.label().equalsIgnoreCase(text.trim())) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown event '" + text.trim()
                + "' (expected add, deploy, store, move, convert or eliminate)");
    }
}
