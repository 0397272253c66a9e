package org.treatylab.negotiation.agent;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.treatylab.negotiation.protocol.Agent;

/**
 * The named negotiation strategies, each with its source. Every agent is deterministic given the random generator
 * its session derives from the session seed.
 */
public final class Agents {
    /** A strategy: its command-line name, what it does, where it comes from, and a factory for fresh agents. */
    public record Spec(String name, String description, String source, Supplier<Agent> factory) {
        public Agent create() {
            return factory.get();
        }
    }

    private static final String FARATIN = "Faratin, Sierra & Jennings 1998, Negotiation decision functions for "
            + "autonomous agents, Robotics and Autonomous Systems 24(3-4)";

    private static final List<Spec> ALL = List.of(
            new Spec("boulware", "time-dependent, e = 0.2: holds out and concedes late", FARATIN,
                    () -> new TimeDependentAgent(0.2)),
            new Spec("linear", "time-dependent, e = 1: concedes at a constant rate", FARATIN,
                    () -> new TimeDependentAgent(1)),
            new Spec("conceder", "time-dependent, e = 2: concedes early", FARATIN,
                    () -> new TimeDependentAgent(2)),
            new Spec("hardliner", "always its best outcome; accepts only that", FARATIN + " (the e -> 0 limit)",
                    HardlinerAgent::new),
            new Spec("random", "random outcomes above its reservation value", "baseline (GENIUS RandomParty)",
                    RandomAgent::new),
            new Spec("tit-for-tat", "mirrors the opponent's last concession in its own utility",
                    FARATIN + " (behaviour-dependent tactics); Baarslag, Hindriks & Jonker 2013",
                    TitForTatAgent::new),
            new Spec("nice-tit-for-tat", "reciprocates concessions towards the estimated Nash point",
                    "Baarslag, Hindriks & Jonker 2013, A tit for tat negotiation strategy for real-time bilateral "
                            + "negotiations, in Complex Automated Negotiations (Springer SCI 435)",
                    NiceTitForTatAgent::new),
            new Spec("frequency", "very Boulware, offers what a frequency opponent model rates best",
                    "van Krimpen, Looije & Hajizadeh 2013, HardHeaded, in Complex Automated Negotiations "
                            + "(Springer SCI 435)",
                    FrequencyAgent::new),
            new Spec("micro", "concedes one outcome only after the opponent made a new offer",
                    "de Jonge 2022, An analysis of the linear bilateral ANAC domains using the MiCRO benchmark "
                            + "strategy, IJCAI-22",
                    MicroAgent::new));

    private Agents() {
    }

    /** Every named strategy, in a fixed order. */
    public static List<Spec> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(Spec::name).toList();
    }

    public static Optional<Spec> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * A fresh agent of the named strategy.
     *
     * @throws IllegalArgumentException naming the known strategies when {@code name} is not one
     */
    public static Agent create(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("unknown agent '" + name
                + "'; known agents: " + String.join(", ", names()))).create();
    }

    /**
     * A fresh agent of the named strategy; with {@code opponentAware} the time-dependent ones (boulware, linear,
     * conceder) offer, among outcomes of near-equal own utility, the one their frequency model of the opponent rates
     * best (as {@code frequency} does). Other strategies are unchanged by the option.
     */
    public static Agent create(String name, boolean opponentAware) {
        if (opponentAware) {
            Double e = switch (name) {
                case "boulware" -> 0.2;
                case "linear" -> 1.0;
                case "conceder" -> 2.0;
                default -> null;
            };
            if (e != null) {
                return new TimeDependentAgent(e, true);
            }
        }
        return create(name);
    }

    /** A time-dependent agent with concession exponent {@code e} (Faratin et al. 1998). */
    public static Agent timeDependent(double e) {
        return new TimeDependentAgent(e);
    }
}
