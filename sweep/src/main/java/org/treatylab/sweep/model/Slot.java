package org.treatylab.sweep.model;

import java.io.Serializable;
import java.util.Objects;
import org.treatylab.sweep.job.Distribution;

/**
 * One drawn input of a prepared job: a job's {@code vary} entry applied to one system (or shared by several), with
 * the distribution it is drawn from after catalogue ranges and relative draws are resolved.
 *
 * @param column the column name in results (lower case, [a-z0-9_])
 * @param label what it is in words, e.g. "yield_kt of US LGM-30G Minuteman III"
 * @param factor the name of the job's vary entry
 * @param distribution the distribution of the drawn value (of the multiplier for a relative draw)
 * @param source where the distribution comes from (a catalogue range with its status, the job's spread)
 * @param rationale the job's stated rationale for it
 */
public record Slot(String column, String label, String factor, Distribution distribution, String source,
        String rationale) implements Serializable {

    public Slot {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(distribution, "distribution");
        source = source == null ? "" : source;
        rationale = rationale == null ? "" : rationale;
    }

    /** A column name from free text: lower case, runs of anything but [a-z0-9] as one '_'. */
    public static String columnName(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }
}
