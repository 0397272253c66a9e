package org.treatylab.app.talks;

import java.time.LocalDate;
import java.util.List;

/**
 * The distribution of outcomes over an ensemble of runs: every assignment of the ensemble's agents to the
 * delegations, for every seed, over one derivation of the preferences.
 *
 * @param agreementShare share of runs that agreed before the calendar ran out
 * @param agreementShareByDeadline share that agreed before the deadline
 * @param modal the terms agreed most often
 * @param modalShare share of all runs that agreed on exactly the modal terms
 * @param agreedOn the 10th, 50th and 90th percentiles of the agreement dates (nulls when no run agreed)
 * @param agents the ensemble's agents
 * @param seeds how many seeds each assignment is played with
 * @param opponentAwareOffers whether the time-dependent agents pick, among offers of near-equal own utility, the one
 *     their model of the other side rates best
 * @param ceilings the agreed ceilings (warheads / deployed / total launchers) and how many runs agreed on them, most
 *     frequent first; one entry with {@code agreed} false for the runs without agreement
 * @param why why the modal terms (or, when no run agreed, the Nash terms) land where they do, or null
 */
public record Robustness(int runs, double agreementShare, double agreementShareByDeadline, ModalTerms modal,
        double modalShare, AgreementDates agreedOn, List<String> agents, int seeds, boolean opponentAwareOffers,
        List<CeilingsShare> ceilings, String why) {
    public Robustness {
        agents = List.copyOf(agents);
        ceilings = List.copyOf(ceilings);
    }

    /** The modal terms, or null terms when no run agreed. */
    public record ModalTerms(TermsView terms) {
    }

    /** Percentiles of the agreement dates. */
    public record AgreementDates(LocalDate p10, LocalDate p50, LocalDate p90) {
    }

    /**
     * Runs that agreed on one set of ceilings (null: no limit), or ({@code agreed} false) runs without agreement.
     *
     * @param share of all runs
     */
    public record CeilingsShare(boolean agreed, Long warheads, Long deployedLaunchers, Long totalLaunchers, int runs,
            double share) {
    }
}
