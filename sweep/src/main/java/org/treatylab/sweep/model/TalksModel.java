package org.treatylab.sweep.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Delegation;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import org.treatylab.talks.terms.Terms;
import org.treatylab.sweep.job.Factor;
import org.treatylab.sweep.job.JobException;
import org.treatylab.sweep.job.ModelNames;
import org.treatylab.sweep.job.ModelSpec;

/**
 * The talks model: a scenario's talks played to the end by a pair of agents with a session seed (the grid point),
 * with the delegations' weights drawn per row. The preferences are derived once; a row with drawn weights reweights
 * them ({@link org.treatylab.talks.derive.Derivation#reweighted}).
 */
final class TalksModel implements Model {
    private final Talks base;
    private final List<Party> parties;
    private final int agentAAt;
    private final int agentBAt;
    private final int seedAt;
    private final List<Slot> slots = new ArrayList<>();
    /** Per slot, the (party, criterion) weights it sets, and whether it multiplies them. */
    private final List<List<Map.Entry<Party, Criterion>>> targets = new ArrayList<>();
    private final List<Boolean> relative = new ArrayList<>();

    TalksModel(ModelSpec.Talks spec, List<Factor> vary, List<String> grid) {
        Scenario s = Scenarios.resolve(spec.scenario());
        if (s.parties().size() != 2) {
            throw new JobException("model.scenario: a talks sweep plays two delegations, " + s.id() + " has "
                    + s.parties().size());
        }
        this.base = Talks.prepare(s);
        this.parties = s.parties();
        this.agentAAt = grid.indexOf("agent_a");
        this.agentBAt = grid.indexOf("agent_b");
        this.seedAt = grid.indexOf("session_seed");
        for (Factor f : vary) {
            List<Map.Entry<Party, Criterion>> matched = new ArrayList<>();
            for (Party p : parties) {
                if (!f.party().equals("*") && !f.party().equals(p.code())) {
                    continue;
                }
                Delegation d = s.delegation(p);
                for (Criterion c : d.weights().keySet().stream().sorted(java.util.Comparator.comparing(
                        Criterion::key)).toList()) {
                    if (f.systems().isEmpty() || f.systems().contains(c.key())) {
                        matched.add(Map.entry(p, c));
                    }
                }
            }
            for (String c : f.systems()) {
                boolean weighted = parties.stream().filter(p -> f.party().equals("*") || f.party().equals(p.code()))
                        .anyMatch(p -> s.delegation(p).weights().keySet().stream().anyMatch(x -> x.key().equals(c)));
                if (!weighted) {
                    throw new JobException("vary '" + f.name() + "': no delegation" + (f.party().equals("*") ? ""
                            : " of " + f.party()) + " weighs a criterion '" + c + "'");
                }
            }
            if (matched.isEmpty()) {
                throw new JobException("vary '" + f.name() + "': no delegation weight matches");
            }
            double low = f.distribution().low();
            if (!(low >= 0)) {
                throw new JobException("vary '" + f.name() + "': a weight must be >= 0, the distribution reaches "
                        + low);
            }
            if (f.shared()) {
                slots.add(new Slot(Slot.columnName(f.name()), "weights " + matched, f.name(), f.distribution(),
                        "the job's distribution", f.rationale()));
                targets.add(matched);
                relative.add(f.relative());
            } else {
                for (Map.Entry<Party, Criterion> e : matched) {
                    slots.add(new Slot(Slot.columnName(f.name() + " " + e.getKey().code() + " " + e.getValue().key()),
                            e.getKey().code() + " weight of " + e.getValue().key(), f.name(), f.distribution(),
                            "the job's distribution", f.rationale()));
                    targets.add(List.of(e));
                    relative.add(f.relative());
                }
            }
        }
    }

    List<String> parties() {
        return parties.stream().map(Party::code).toList();
    }

    @Override
    public List<Slot> slots() {
        return List.copyOf(slots);
    }

    @Override
    public List<String> outputs() {
        return ModelNames.TALKS_OUTPUTS;
    }

    @Override
    public List<String> textOutputs() {
        return ModelNames.TALKS_TEXT_OUTPUTS;
    }

    /** The agreed terms in one line, so that a frequency table shows the modal terms (as the talks' ensemble does). */
    static String terms(Terms t) {
        return "warheads " + or(t.warheads()) + ", deployed " + or(t.deployedLaunchers()) + ", total "
                + or(t.totalLaunchers()) + ", missile defence " + t.missileDefense() + ", inspections "
                + t.inspectionsPerYear() + "/year, " + t.durationYears() + " years";
    }

    private static String or(Long v) {
        return v == null ? "none" : v.toString();
    }

    @Override
    public Worker worker() {
        return new Worker() {
            private Talks talks = base;

            @Override
            public void inputs(double[] values) {
                if (values.length == 0) {
                    talks = base;
                    return;
                }
                Scenario s = base.scenario();
                for (int k = 0; k < values.length; k++) {
                    for (Map.Entry<Party, Criterion> t : targets.get(k)) {
                        Delegation d = s.delegation(t.getKey());
                        double w = relative.get(k) ? base.scenario().delegation(t.getKey()).weights()
                                .get(t.getValue()).value() * values[k] : values[k];
                        s = s.with(d.withWeight(t.getValue(), w));
                    }
                }
                talks = Talks.of(base.derivation().reweighted(s));
            }

            @Override
            public void compute(Object[] point, double[] out, String[] text) {
                Map<Party, String> names = new LinkedHashMap<>();
                if (agentAAt >= 0) {
                    names.put(parties.get(0), (String) point[agentAAt]);
                }
                if (agentBAt >= 0) {
                    names.put(parties.get(1), (String) point[agentBAt]);
                }
                long seed = seedAt >= 0 ? (Long) point[seedAt] : 1;
                TalksResult r = talks.run(talks.agentNames(names), seed);
                Terms t = r.agreement().orElse(null);
                out[0] = t == null ? 0 : 1;
                out[1] = t != null && r.agreedOn() != null && r.agreedOn().isBefore(talks.scenario().deadline()) ? 1
                        : 0;
                out[2] = t == null || t.warheads() == null ? Double.NaN : t.warheads();
                out[3] = t == null || t.deployedLaunchers() == null ? Double.NaN : t.deployedLaunchers();
                out[4] = t == null || t.totalLaunchers() == null ? Double.NaN : t.totalLaunchers();
                out[5] = r.rounds();
                out[6] = r.utilities().get(parties.get(0));
                out[7] = r.utilities().get(parties.get(1));
                out[8] = r.paretoDistance();
                text[0] = t == null ? null : terms(t);
            }
        };
    }
}
