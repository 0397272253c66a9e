package org.treatylab.app.talks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;
import org.treatylab.app.foundation.LimitRow;

/**
 * One run of the talks, evaluated (the contract's result: {@code treatylab talks --format json},
 * {@code POST /api/talks/runs}, a finished session's {@code result}).
 *
 * @param agreement the agreed terms, or null
 * @param agreedOn the date of the round in which the last delegation accepted, or null
 * @param end why the session ended (AGREEMENT, DEADLINE, ...)
 * @param utilities each delegation's expected utility of the agreement on its date (the chance of ratification
 *     weighed in, a delay past the deadline costed), or its value of no treaty without one
 * @param reservation each delegation's value of no treaty
 * @param nashDistance distance to the Nash point, or null when no outcome is individually rational
 * @param nash the Nash bargaining terms
 * @param kalaiSmorodinsky the Kalai-Smorodinsky terms
 * @param ratificationProbability the chance that the agreed terms enter into force (1 without agreement)
 * @param delayShare the share of the horizon lost between the deadline and the agreement (0 on time)
 * @param comparedToNewStart the agreement against the Joint Understanding and New START, or null
 * @param cutsByReductionDeadline each party's posture counted against the agreed treaty on the day its limits bind
 * @param robustness the distribution over an ensemble of runs, or null when none was played
 */
public record TalksRun(String scenario, long seed, Map<String, String> agents, TermsView agreement,
        LocalDate agreedOn, String end, String detail, int rounds, Map<String, Double> utilities,
        Map<String, Double> reservation, double paretoDistance, Double nashDistance, TalksSolution nash,
        TalksSolution kalaiSmorodinsky, double ratificationProbability, double delayShare,
        NewStartComparison comparedToNewStart, List<TalksCut> cutsByReductionDeadline, StabilityPair stability,
        List<TraceMove> trace, Robustness robustness) {
    public TalksRun {
        agents = Copies.ordered(agents);
        utilities = Copies.ordered(utilities);
        reservation = Copies.ordered(reservation);
        cutsByReductionDeadline = List.copyOf(cutsByReductionDeadline);
        trace = List.copyOf(trace);
    }

    /** A bargaining solution: each delegation's utility and the terms (null when no outcome is rational). */
    public record TalksSolution(Map<String, Double> utilities, TermsView agreement) {
        public TalksSolution {
            utilities = Copies.ordered(utilities);
        }
    }

    /** The same run with the ensemble's distribution beside it. */
    public TalksRun withRobustness(Robustness r) {
        return new TalksRun(scenario, seed, agents, agreement, agreedOn, end, detail, rounds, utilities, reservation,
                paretoDistance, nashDistance, nash, kalaiSmorodinsky, ratificationProbability, delayShare,
                comparedToNewStart, cutsByReductionDeadline, stability, trace, r);
    }

    /** A party's limits under the agreed treaty on the day they bind. */
    public record TalksCut(String party, List<LimitRow> limits, LocalDate date) {
        public TalksCut {
            limits = List.copyOf(limits);
        }
    }

    /** Stability at the agreed ceilings (or today's forces without agreement) and without a treaty. */
    public record StabilityPair(TalksStability agreed, TalksStability noTreaty) {
    }

    /** Each side's warheads and survivors of the other's first strike, and the first-strike stability index. */
    public record TalksStability(Map<String, Long> warheads, Map<String, Double> survivingWarheads,
            double stabilityIndex) {
        public TalksStability {
            warheads = Copies.ordered(warheads);
            survivingWarheads = Copies.ordered(survivingWarheads);
        }
    }

    /**
     * One move, dated.
     *
     * @param move offer, accept or end
     * @param utilities each delegation's expected utility of the terms moved on (scenario order), or null for an end
     */
    public record TraceMove(int round, LocalDate date, String party, String move, TermsView terms,
            List<Double> utilities) {
    }
}
