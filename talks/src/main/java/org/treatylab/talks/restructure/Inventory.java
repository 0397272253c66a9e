package org.treatylab.talks.restructure;

import java.util.List;
import java.util.Objects;
import org.treatylab.domain.Party;

/** A party's systems at the horizon without a treaty (its projected baseline), to restructure under ceilings. */
public record Inventory(Party party, List<Holding> holdings) {
    public Inventory {
        Objects.requireNonNull(party, "party");
        holdings = List.copyOf(holdings);
    }

    /** The cost of keeping everything: every launcher held, the deployable ones deployed and loaded to capacity. */
    public double maxCost(Objective o) {
        double k = 0;
        for (Holding h : holdings) {
            k += h.launcherCost() * (h.deployed() + o.nonDeployedShare() * (h.launchers() - h.deployed()))
                    + o.warheadCost() * h.capacity() * h.deployed();
        }
        return k;
    }
}
