package org.treatylab.app.talks;

import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * The talks among all of a scenario's parties against its bilateral alternative, each over the scenario's ensemble
 * ({@code treatylab talks compare SCENARIO}, {@code GET /api/talks/scenarios/{id}/comparison}).
 *
 * @param noTreaty each party's value of no treaty (every force unconstrained, following its projection)
 * @param allParties the talks among all parties
 * @param bilateral the bilateral alternative: two parties negotiate, the others stay outside
 * @param bilateralGain per party, its expected utility from the bilateral route minus that from the talks among all
 *     (positive: it gains by the bilateral route)
 */
public record TalksComparison(String scenario, List<String> parties, Map<String, Double> noTreaty, Route allParties,
        Route bilateral, Map<String, Double> bilateralGain) {
    public TalksComparison {
        parties = List.copyOf(parties);
        noTreaty = Copies.ordered(noTreaty);
        bilateralGain = Copies.ordered(bilateralGain);
    }

    /**
     * One route summarised over its ensemble.
     *
     * @param parties the delegations that negotiate
     * @param outside the parties outside the talks (their forces unconstrained)
     * @param agreementShare share of the ensemble's runs that agreed
     * @param modal the terms agreed most often, or null when no run agreed
     * @param nash the Nash bargaining terms among the delegations, or null when none is individually rational
     * @param expectedUtility per party (outside ones too): the mean over the runs of its expected utility of the
     *     run's outcome (its value of no treaty without agreement)
     * @param nashUtility per party: its expected utility of the Nash terms
     */
    public record Route(List<String> parties, List<String> outside, int runs, double agreementShare, TermsView modal,
            double modalShare, TermsView nash, Map<String, Double> expectedUtility, Map<String, Double> nashUtility) {
        public Route {
            parties = List.copyOf(parties);
            outside = List.copyOf(outside);
            expectedUtility = Copies.ordered(expectedUtility);
            nashUtility = Copies.ordered(nashUtility);
        }
    }
}
