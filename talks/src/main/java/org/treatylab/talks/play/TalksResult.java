package org.treatylab.talks.play;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.talks.terms.Terms;

/**
 * The outcome of one run of the talks, evaluated.
 *
 * @param agreement the agreed terms, if any
 * @param agreedOn the date of the round in which the last delegation accepted, if any
 * @param endReason why the session ended (AGREEMENT, DEADLINE, ...)
 * @param utilities each delegation's expected utility of the agreement on its date (the chance of ratification
 *     weighed in, a delay past the deadline costed), or its value of no treaty without one
 * @param reservations each delegation's value of no treaty
 * @param ratification the chance that the agreed terms enter into force (1 without agreement)
 * @param delayShare the share of the horizon lost between the deadline and the agreement (0 on time)
 * @param paretoDistance distance in utility space from the outcome to the Pareto frontier
 * @param nashDistance distance to the Nash point, or NaN when no outcome is individually rational
 * @param nash the Nash bargaining terms and their utilities, if any outcome is individually rational
 * @param kalaiSmorodinsky the Kalai-Smorodinsky terms, likewise
 * @param cuts each party's 2009 posture counted against the agreed treaty on the day its limits bind
 * @param agreedStability survivors and index at the agreed ceilings (or today's forces without agreement)
 * @param noTreatyStability survivors and index without a treaty
 * @param trace every move, dated
 * @param comparedToNewStart the agreement against the Joint Understanding and New START, if any agreement
 */
public record TalksResult(String scenario, long seed, Map<Party, String> agents, Optional<Terms> agreement,
        LocalDate agreedOn, String endReason, String detail, int rounds, Map<Party, Double> utilities,
        Map<Party, Double> reservations, double ratification, double delayShare, double paretoDistance,
        double nashDistance, Optional<Terms> nash, Map<Party, Double> nashUtilities, Optional<Terms> kalaiSmorodinsky,
        Map<Party, Double> kalaiSmorodinskyUtilities, List<PartyResult> cuts, StabilityView agreedStability,
        StabilityView noTreatyStability, List<TraceRow> trace, Optional<Comparison> comparedToNewStart) {

    public TalksResult {
        agents = ordered(agents);
        utilities = ordered(utilities);
        reservations = ordered(reservations);
        nashUtilities = ordered(nashUtilities);
        kalaiSmorodinskyUtilities = ordered(kalaiSmorodinskyUtilities);
        cuts = List.copyOf(cuts);
        trace = List.copyOf(trace);
    }

    /** An unmodifiable copy that keeps the parties in the scenario's order. */
    static <V> Map<Party, V> ordered(Map<Party, V> m) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** Survivors of each side after the other's first strike, and the first-strike stability index. */
    public record StabilityView(Map<Party, Double> survivors, Map<Party, Long> warheads, double index) {
        public StabilityView {
            survivors = ordered(survivors);
            warheads = ordered(warheads);
        }
    }
}
