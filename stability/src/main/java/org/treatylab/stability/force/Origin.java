package org.treatylab.stability.force;

import java.util.Objects;
import org.treatylab.domain.Status;

/**
 * Where a parameter value used by the stability engine came from, so that reports can show it.
 *
 * @param kind which rung of the resolution order supplied the value
 * @param where the posture row ("file line N"), the catalogue entry id, or the category for a default
 * @param status the status of the value (confirmed, estimate, assumption), or null for a user's own value
 * @param note the source or rationale, "" when none
 */
public record Origin(Kind kind, String where, Status status, String note) {

    /** The resolution order, highest precedence first. */
    public enum Kind {
        /** Set in code for one run (a scenario), above everything else. */
        SCENARIO,
        /** A parameter column of the posture row. */
        POSTURE_ROW,
        /** The shipped catalogue entry matched by party and name or alias, era nearest the posture date. */
        CATALOGUE,
        /** TreatyLab's documented default for the system's category (always an assumption). */
        CATEGORY_DEFAULT,
        /** No value anywhere: the engine says what it does without it. */
        MISSING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Origin {
        Objects.requireNonNull(kind, "kind");
        where = where == null ? "" : where;
        note = note == null ? "" : note;
    }

    /** "catalogue us-2009-minuteman-iii (estimate)", "posture-row f.csv line 3", "category-default ICBM (assumption)". */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind.label());
        if (!where.isEmpty()) {
            sb.append(' ').append(where);
        }
        if (status != null) {
            sb.append(" (").append(status.label()).append(')');
        }
        return sb.toString();
    }
}
