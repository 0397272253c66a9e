package org.treatylab.cli.talks;

import java.util.Locale;
import org.treatylab.app.talks.RestructuredForces;
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
                + ", " + t.durationYears() + " years" + extra(t);
    }

    /** Options of issues the fixed wording above does not name (e.g. conventional_missiles). */
    private static String extra(TermsView t) {
        StringBuilder sb = new StringBuilder();
        t.otherIssues().forEach((k, v) -> sb.append(", ").append(k.replace('_', ' ')).append(' ').append(v));
        return sb.toString();
    }

    /** A restructured force in one line: per system with anything kept, deployed/non-deployed/warheads. */
    static String forces(RestructuredForces f) {
        if (f == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (RestructuredForces.KeptSystem k : f.systems()) {
            if (k.deployed() + k.nonDeployed() > 0) {
                sb.append(sb.length() == 0 ? "" : "; ").append(k.system()).append(' ').append(k.deployed()).append("d ")
                        .append(k.nonDeployed()).append("n ").append(k.warheads()).append('w');
            }
        }
        return (sb.length() == 0 ? "nothing" : sb.toString()) + " (counted " + f.countedWarheads() + ", deployed "
                + f.deployedLaunchers() + ", total " + f.totalLaunchers() + ")";
    }

    static String ceiling(Long v) {
        return v == null ? "no limit" : String.format(Locale.ROOT, "%,d", v);
    }

    static String u(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
