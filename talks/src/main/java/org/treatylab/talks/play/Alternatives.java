package org.treatylab.talks.play;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatylab.domain.Party;
import org.treatylab.negotiation.analysis.Solution;
import org.treatylab.talks.derive.Derivation;
import org.treatylab.talks.terms.Terms;

/**
 * The talks among all parties against the bilateral alternative (two parties negotiate, the others stay outside with
 * unconstrained forces): what each party, inside or outside, expects from each.
 *
 * <p>A party's expectation over an ensemble is the mean, over its runs, of its expected utility of the run's outcome
 * (the agreed terms weighed by the chance of ratification and costed for delay; its value of no treaty without
 * agreement). Both derivations share the no-treaty state (every force unconstrained, following its projection), so
 * the two expectations of one party are on one scale, and their difference is what the party gains (positive) or
 * loses by the bilateral route.
 */
public final class Alternatives {
    private Alternatives() {
    }

    /** One way of negotiating, summarised. */
    public record Route(List<Party> parties, List<Party> outside, int runs, double agreementShare,
            Optional<Terms> modal, double modalShare, Optional<Terms> nash, Map<Party, Double> expected,
            Map<Party, Double> nashValue) {
        public Route {
            parties = List.copyOf(parties);
            outside = List.copyOf(outside);
            expected = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expected));
            nashValue = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nashValue));
        }
    }

    /** The two routes and, per party, its value of no treaty. */
    public record Comparison(String scenario, Route all, Route bilateral, Map<Party, Double> noTreaty) {
        public Comparison {
            noTreaty = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(noTreaty));
        }

        /** What party {@code p} gains (positive) or loses by the bilateral route, in expectation over the ensembles. */
        public double bilateralGain(Party p) {
            return bilateral.expected().get(p) - all.expected().get(p);
        }
    }

    /** Compares the talks with their bilateral alternative, each summarised over its ensemble. */
    public static Comparison compare(Talks all, Ensemble.Robustness allRuns, Talks bilateral,
            Ensemble.Robustness bilateralRuns) {
        List<Party> parties = all.derivation().model().parties();
        Map<Party, Double> noTreaty = new LinkedHashMap<>();
        for (Party p : parties) {
            noTreaty.put(p, all.derivation().noTreaty(p));
        }
        return new Comparison(all.scenario().id(), route(all, allRuns, parties), route(bilateral, bilateralRuns,
                parties), noTreaty);
    }

    static Route route(Talks t, Ensemble.Robustness e, List<Party> parties) {
        Derivation d = t.derivation();
        Map<Party, Double> expected = new LinkedHashMap<>();
        Map<Party, Double> nashValue = new LinkedHashMap<>();
        Optional<Terms> nash = t.analysis().nash().map(Solution::outcome).map(d::terms);
        for (Party p : parties) {
            double sum = 0;
            for (Ensemble.Run r : e.all()) {
                sum += r.agreement().isPresent() ? d.expected(p, r.agreement().get(), r.agreedOn()) : d.noTreaty(p);
            }
            expected.put(p, sum / e.all().size());
            nashValue.put(p, nash.map(n -> d.expected(p, n, null)).orElse(d.noTreaty(p)));
        }
        return new Route(t.scenario().parties(), t.scenario().setup().outside(), e.runs(), e.agreementShare(),
                e.modal(), e.modalShare(), nash, expected, nashValue);
    }
}
