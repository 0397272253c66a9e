package org.treatylab.app.negotiation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.ParetoPoint;
import org.treatylab.negotiation.analysis.Solution;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.model.RealIssue;
import org.treatylab.negotiation.model.RealValue;
import org.treatylab.negotiation.model.Value;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.protocol.Turn;

/** The negotiation engine's results as the door's records: a copy, plus the solutions' product and welfare. */
final class NegotiationViews {
    private NegotiationViews() {
    }

    static Map<String, IssueValue> outcome(Outcome o) {
        if (o == null) {
            return null;
        }
        Map<String, IssueValue> m = new LinkedHashMap<>();
        for (Map.Entry<IssueId, Value> e : o.asMap().entrySet()) {
            m.put(e.getKey().name(), value(e.getValue()));
        }
        return m;
    }

    static IssueValue value(Value v) {
        if (v instanceof IntegerValue i) {
            return new IssueValue.Whole(i.value());
        }
        if (v instanceof RealValue r) {
            return new IssueValue.Real(r.value());
        }
        return new IssueValue.Label(v.text());
    }

    /**
     * The party names a session shows: each profile's name, suffixed with its position when two profiles share a
     * name (the same file given twice).
     */
    static List<PartyId> partyIds(List<Profile> profiles) {
        List<PartyId> ids = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            String name = names.add(p.name()) ? p.name() : p.name() + "-" + (i + 1);
            names.add(name);
            ids.add(PartyId.of(name));
        }
        return ids;
    }

    static AnalysisView analysis(Analysis a, List<String> notices) {
        List<AnalysisView.FrontierPoint> pareto = new ArrayList<>();
        for (ParetoPoint p : a.pareto()) {
            pareto.add(new AnalysisView.FrontierPoint(p.utilities(), outcome(p.outcome()), p.rational()));
        }
        return new AnalysisView(a.domain().name(), a.outcomes(), a.method().name().toLowerCase(Locale.ROOT),
                a.reservations(), pareto, a.nash().map(s -> solution(a, s)).orElse(null),
                a.kalaiSmorodinsky().map(s -> solution(a, s)).orElse(null), solution(a, a.maxWelfare()),
                a.opposition(), notices);
    }

    /** A solution with its Nash product (over the reservation values) and welfare (the sum of utilities). */
    static AnalysisView.BargainingSolution solution(Analysis a, Solution s) {
        double product = 1;
        double welfare = 0;
        for (int i = 0; i < s.utilities().size(); i++) {
            product *= s.utilities().get(i) - a.reservations().get(i);
            welfare += s.utilities().get(i);
        }
        return new AnalysisView.BargainingSolution(s.utilities(), outcome(s.outcome()), product, welfare);
    }

    static SessionView session(List<Profile> profiles, SessionResult r, Optional<Analysis> a) {
        List<SessionView.SessionTurn> trace = new ArrayList<>();
        for (Turn t : r.trace()) {
            Outcome o = outcomeOf(t);
            trace.add(new SessionView.SessionTurn(t.round(), t.party().name(), t.move().kind(), outcome(o),
                    o == null ? null : profiles.stream().map(p -> p.utility(o)).toList()));
        }
        return new SessionView(outcome(r.agreement().orElse(null)), r.rounds(), r.utilities(),
                r.discountedUtilities(), a.map(x -> x.paretoDistance(r.utilities())).orElse(null),
                a.map(x -> x.nashDistance(r.utilities())).map(NegotiationViews::orNull).orElse(null),
                r.reason().name().toLowerCase(Locale.ROOT), r.detail(), r.culprit().map(PartyId::name).orElse(null),
                r.parties().stream().map(PartyId::name).toList(), r.time(), trace);
    }

    /** The outcome a turn offered or accepted; null for an end. */
    static Outcome outcomeOf(Turn t) {
        if (t.move() instanceof Offer o) {
            return o.outcome();
        }
        if (t.move() instanceof Accept a) {
            return a.outcome();
        }
        return null;
    }

    static List<IssueSpec> issues(Domain d) {
        List<IssueSpec> out = new ArrayList<>();
        for (Issue issue : d.issues()) {
            if (issue instanceof DiscreteIssue di) {
                out.add(new IssueSpec(issue.name(), "discrete", di.labels(), null, null, null));
            } else if (issue instanceof IntegerIssue ii) {
                out.add(new IssueSpec(issue.name(), "integer", null, ii.low(), ii.high(), null));
            } else {
                RealIssue ri = (RealIssue) issue;
                out.add(new IssueSpec(issue.name(), "real", null, ri.low(), ri.high(), ri.steps()));
            }
        }
        return out;
    }

    static Double orNull(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
