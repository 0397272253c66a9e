package org.treatylab.cli.talks;

import java.util.Locale;
import org.treatylab.app.talks.TermsView;

/** Terms and numbers in words for the table output. */
final class Texts {
    private Texts() {
    }

    static String terms(TermsView t) {
        return "warheads " + ceiling(t.warheads()) + ", deployed launchers " + ceiling(t.deployedLaunchers())
                + ", total launchers " + ceiling(t.totalLaunchers()) + ", bombers " + t.bomberCounting()
                + ", missile defence " + t.missileDefense() + ", inspections " + t.inspectionsPerYear() + "/year"
                + ", telemetry " + (t.telemetry() ? "exchange" : "none") + ", unique ids " + (t.uniqueIds() ? "yes" : "no")
                + ", " + t.durationYears() + " years";
    }

    static String ceiling(Long v) {
        return v == null ? "no limit" : String.format(Locale.ROOT, "%,d", v);
    }

    static String u(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
