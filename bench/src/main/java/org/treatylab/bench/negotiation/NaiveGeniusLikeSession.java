package org.treatylab.bench.negotiation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.preference.LinearAdditive;
import org.treatylab.negotiation.preference.Profile;

/**
 * The baseline: a bilateral session between two time-dependent agents that works the way GENIUS does. At the start of
 * every session each agent builds its own list of every bid (a {@code HashMap} from issue number to value, as
 * GENIUS's {@code Bid}), computes each bid's utility by map look-ups and sorts the list (GENIUS's
 * {@code SortedOutcomeSpace}); every move is formatted and written to a log. The strategies are exactly those of the
 * engine's time-dependent agents (same target curve, same choice of the lowest bid at or above the target, AC_next),
 * so both reach the same agreement and only the machinery differs. Written here for the comparison; no GENIUS code.
 */
final class NaiveGeniusLikeSession {
    /** A bid and its utility (GENIUS's {@code BidDetails}). */
    private record BidDetails(Map<Integer, String> bid, double utility) {
    }

    /** How the session ended. */
    record Result(Map<Integer, String> agreement, int rounds) {
    }

    private static final class Party {
        final String name;
        final double e;
        final Map<Integer, Double> weights = new HashMap<>();
        final Map<Integer, Map<String, Double>> evaluations = new HashMap<>();
        final List<BidDetails> sorted = new ArrayList<>();
        final double reservation;

        Party(String name, Profile p, double e) {
            this.name = name;
            this.e = e;
            this.reservation = p.reservation();
            LinearAdditive a = p.utility().additive().orElseThrow();
            Domain d = p.domain();
            for (int i = 0; i < d.issueCount(); i++) {
                Issue issue = d.issue(i);
                weights.put(i + 1, a.weights().get(issue.id()));
                Map<String, Double> ev = new HashMap<>();
                for (int v = 0; v < issue.size(); v++) {
                    ev.put(issue.value(v).text(), a.evaluators().get(issue.id()).evaluate(issue, v));
                }
                evaluations.put(i + 1, ev);
            }
            // the per-session outcome space: every bid, its utility, sorted best first
            int[] idx = new int[d.issueCount()];
            long n = d.outcomeCount();
            for (long r = 0; r < n; r++) {
                Map<Integer, String> bid = new HashMap<>();
                for (int i = 0; i < idx.length; i++) {
                    bid.put(i + 1, d.issue(i).value(idx[i]).text());
                }
                sorted.add(new BidDetails(bid, utility(bid)));
                for (int i = idx.length - 1; i >= 0 && ++idx[i] == d.issue(i).size(); i--) {
                    idx[i] = 0;
                }
            }
            sorted.sort((x, y) -> Double.compare(y.utility(), x.utility()));
        }

        double utility(Map<Integer, String> bid) {
            double u = 0;
            for (int i = 1; i <= weights.size(); i++) {
                u += weights.get(i) * evaluations.get(i).get(bid.get(i));
            }
            return u;
        }

        /** The lowest bid whose utility is still at or above the time-dependent target. */
        BidDetails next(double t) {
            double pmax = sorted.get(0).utility();
            double pmin = Math.min(pmax, Math.max(reservation, sorted.get(sorted.size() - 1).utility()));
            double target = pmin + (pmax - pmin) * (1 - Math.pow(t, 1 / e));
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).utility() >= target) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == 0) {
                return sorted.get(0);
            }
            double u = sorted.get(lo - 1).utility();
            int first = lo - 1;
            while (first > 0 && sorted.get(first - 1).utility() == u) {
                first--;
            }
            return sorted.get(first);
        }
    }

    private NaiveGeniusLikeSession() {
    }

    static Result run(Profile a, Profile b, double eA, double eB, int rounds, PrintStream log) {
        Party[] parties = {new Party("A", a, eA), new Party("B", b, eB)};
        Map<Integer, String> table = null;
        long turns = 0;
        long total = 2L * rounds;
        while (turns < total) {
            Party p = parties[(int) (turns % 2)];
            double t = (double) turns / total;
            BidDetails mine = p.next(t);
            int round = (int) (turns / 2) + 1;
            if (table != null && p.utility(table) >= p.reservation && p.utility(table) >= mine.utility()) {
                log.println(String.format(Locale.ROOT, "round %d: party %s accepts %s (utility %.6f) at time %.6f",
                        round, p.name, table, p.utility(table), t));
                return new Result(table, round);
            }
            table = mine.bid();
            log.println(String.format(Locale.ROOT, "round %d: party %s offers %s (utility %.6f) at time %.6f", round,
                    p.name, table, mine.utility(), t));
            turns++;
        }
        log.println("deadline reached without agreement");
        return new Result(null, rounds);
    }
}
