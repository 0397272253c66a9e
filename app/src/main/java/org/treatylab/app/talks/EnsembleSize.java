package org.treatylab.app.talks;

import java.util.Locale;
import org.treatylab.domain.InputException;

/** Which ensemble of runs a talks run is summarised over. */
public enum EnsembleSize {
    /** The one run only. */
    OFF,
    /** Five agents in every assignment to the delegations x five seeds. */
    DEFAULT,
    /** Nine agents x ten seeds. */
    FULL;

    /** {@code default}, {@code full} or {@code off}, as {@code option} gives it. */
    public static EnsembleSize parse(String option, String text) {
        for (EnsembleSize e : values()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
                return e;
            }
        }
        throw new InputException(option + ": expected default, full or off, got '" + text + "'");
    }
}
