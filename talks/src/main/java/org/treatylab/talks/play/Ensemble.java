package org.treatylab.talks.play;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.treatylab.domain.Party;
import org.treatylab.negotiation.protocol.Agent;
import org.treatylab.negotiation.protocol.Negotiation;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.talks.terms.Terms;

/**
 * The talks played many times over the same derived preferences: every assignment of a stated set of agents to the
 * delegations (every ordered pair for two delegations) times a set of seeds. What one seeded run of one pair of
 * agents gives is an anecdote; the distribution over the ensemble is the result.
 */
public final class Ensemble {
    /**
     * The default ensemble: five strategies of different temper (Faratin's three time-dependent tactics, the
     * frequency-model agent and MiCRO) x five seeds = 125 runs for two delegations. The first four are deterministic
     * given the preferences, so their seeds repeat the same session; MiCRO repeats its own offers at random, so the
     * seeds vary the sessions it plays in.
     */
    public static final Spec DEFAULT = new Spec(List.of("boulware", "linear", "conceder", "frequency", "micro"),
            List.of(1L, 2L, 3L, 4L, 5L));
    /** The full ensemble ({@code --ensemble full}): nine strategies x ten seeds = 810 runs for two delegations. */
    public static final Spec FULL = new Spec(List.of("boulware", "linear", "conceder", "hardliner", "random",
            "tit-for-tat", "nice-tit-for-tat", "frequency", "micro"), List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));

    private Ensemble() {
    }

    /** Which agents and seeds an ensemble runs. */
    public record Spec(List<String> agents, List<Long> seeds) {
        public Spec {
            agents = List.copyOf(agents);
            seeds = List.copyOf(seeds);
            if (agents.isEmpty() || seeds.isEmpty()) {
                throw new IllegalArgumentException("an ensemble needs at least one agent and one seed");
            }
        }
    }

    /** One run: who played, the seed, what was agreed (if anything) and when. */
    public record Run(Map<Party, String> agents, long seed, Optional<Terms> agreement, LocalDate agreedOn) {
        public Run {
            agents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(agents));
        }
    }

    /**
     * The distribution of outcomes.
     *
     * @param agreementShare share of runs that agreed before the calendar ran out
     * @param agreementShareByDeadline share that agreed before the deadline (START I's lapse)
     * @param modal the terms agreed most often (absent when no run agreed)
     * @param modalShare share of all runs that agreed on exactly the modal terms
     * @param agreedOn the 10th, 50th and 90th percentiles of the agreement dates of the runs that agreed
     */
    public record Robustness(int runs, double agreementShare, double agreementShareByDeadline, Optional<Terms> modal,
            double modalShare, List<LocalDate> agreedOn, List<Run> all) {
        public Robustness {
            agreedOn = agreedOn == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(agreedOn));
            all = List.copyOf(all);
        }
    }

    /** Plays every ordered assignment of the spec's agents to the delegations, for every seed (on all cores). */
    public static Robustness run(Talks talks, Spec spec) {
        List<Party> parties = talks.scenario().parties();
        List<Map<Party, String>> assignments = new ArrayList<>();
        assign(parties, spec.agents(), 0, new LinkedHashMap<>(), assignments);
        int n = assignments.size() * spec.seeds().size();
        Run[] runs = new Run[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Map<Party, String> a = assignments.get(i / spec.seeds().size());
            long seed = spec.seeds().get(i % spec.seeds().size());
            Map<Party, Agent> agents = new LinkedHashMap<>();
            a.forEach((p, name) -> agents.put(p, talks.agent(name)));
            SessionResult r = Negotiation.run(talks.setup(agents, seed));
            runs[i] = new Run(a, seed, r.agreement().map(talks.derivation()::terms), talks.agreedOn(r));
        });
        return summarise(talks, List.of(runs));
    }

    private static void assign(List<Party> parties, List<String> agents, int k, Map<Party, String> partial,
            List<Map<Party, String>> out) {
        if (k == parties.size()) {
            out.add(new LinkedHashMap<>(partial));
            return;
        }
        for (String a : agents) {
            partial.put(parties.get(k), a);
            assign(parties, agents, k + 1, partial, out);
        }
        partial.remove(parties.get(k));
    }

    /** The distribution of a list of runs. */
    static Robustness summarise(Talks talks, List<Run> runs) {
        LocalDate deadline = talks.scenario().deadline();
        List<Run> agreed = runs.stream().filter(r -> r.agreement().isPresent()).toList();
        long byDeadline = agreed.stream().filter(r -> r.agreedOn().isBefore(deadline)).count();
        Map<Terms, Integer> counts = new LinkedHashMap<>();
        for (Run r : agreed) {
            counts.merge(r.agreement().get(), 1, Integer::sum);
        }
        Optional<Terms> modal = counts.entrySet().stream().max(Map.Entry.<Terms, Integer>comparingByValue())
                .map(Map.Entry::getKey);
        List<LocalDate> dates = agreed.stream().map(Run::agreedOn).sorted(Comparator.naturalOrder()).toList();
        List<LocalDate> q = dates.isEmpty() ? null
                : List.of(quantile(dates, 0.1), quantile(dates, 0.5), quantile(dates, 0.9));
        int n = runs.size();
        return new Robustness(n, (double) agreed.size() / n, (double) byDeadline / n, modal,
                modal.map(t -> (double) counts.get(t) / n).orElse(0.0), q, runs);
    }

    /** The nearest-rank quantile of sorted dates. */
    static LocalDate quantile(List<LocalDate> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
