package org.treatylab.talks.restructure;

import java.util.List;
import org.treatylab.domain.Party;

/**
 * A party's forces restructured under a set of ceilings.
 *
 * @param kept what it keeps of each system, in inventory order
 * @param bestValue the optimum of its objective over the continuous relaxation (whole launchers not required):
 *     the best value any arrangement under these ceilings can reach
 * @param value the objective of {@code kept} (whole launchers and warheads), at most {@code bestValue}
 */
public record Restructured(Party party, Ceilings ceilings, List<Kept> kept, double bestValue, double value) {
    public Restructured {
        kept = List.copyOf(kept);
    }

    /** Warheads a treaty with these ceilings counts: missile warheads plus bombers by the rule. */
    public long counted() {
        return Restructurer.counted(kept, ceilings.onePerBomber());
    }

    public long deployed() {
        return kept.stream().mapToLong(Kept::deployed).sum();
    }

    public long total() {
        return kept.stream().mapToLong(k -> k.deployed() + k.nonDeployed()).sum();
    }

    /** Real warheads deployed (bomber weapons as loaded). */
    public long warheads() {
        return kept.stream().mapToLong(Kept::warheads).sum();
    }
}
