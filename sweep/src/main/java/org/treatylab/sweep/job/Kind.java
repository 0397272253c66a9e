package org.treatylab.sweep.job;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of job: what the rows of a sweep are and what is summarised over them. */
public enum Kind {
    /** Monte Carlo draws of uncertain parameters × a grid of ceilings and rules; bands per grid point. */
    STABILITY_UNCERTAINTY("stability-uncertainty"),
    /** The talks over agent assignments × seeds × drawn weight perturbations; the distribution of outcomes. */
    TALKS_ROBUSTNESS("talks-robustness"),
    /** The Saltelli design over uncertain inputs; first-order and total Sobol indices of scalar outputs. */
    SENSITIVITY("sensitivity");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the text and the kinds */
    public static Kind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Kind k : values()) {
            if (k.id.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + text + "' (expected one of "
                + Arrays.stream(values()).map(Kind::id).toList() + ")");
    }
}
