package org.treatylab.talks.restructure;

import java.util.Objects;
import org.treatylab.domain.Category;

/**
 * One system a party has at the horizon, before any treaty: what it could keep and how it is valued.
 *
 * @param deployed the most launchers (with missiles) or bombers it can deploy
 * @param launchers deployed plus non-deployed launchers or bombers it holds (at least {@code deployed})
 * @param minLoading the fewest warheads a deployed missile carries (missiles; 0 for bombers, and for launchers that
 *     cannot be deployed)
 * @param capacity the most warheads a missile can carry (upload capacity); for bombers the weapons each carries;
 *     0 for launchers of a type with nothing deployed and no stated capacity (no upload potential)
 * @param survival the expected share of this system's warheads surviving a first strike by the other side (the
 *     stability engine's exchange against the other side's projected forces)
 * @param launcherCost the cost of keeping one launcher deployed (relative units)
 */
public record Holding(String system, Category category, long deployed, long launchers, int minLoading, int capacity,
        double survival, double launcherCost) {
    public Holding {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(category, "category");
        if (deployed < 0 || launchers < deployed) {
            throw new IllegalArgumentException(system + ": need 0 <= deployed <= launchers, got " + deployed + " and "
                    + launchers);
        }
        if (minLoading < 0 || capacity < minLoading || !category.isBomber() && deployed > 0 && minLoading < 1) {
            throw new IllegalArgumentException(system + ": need 1 <= min loading <= capacity for a deployable missile, got "
                    + minLoading + " and " + capacity);
        }
        if (!(survival >= 0 && survival <= 1) || !(launcherCost >= 0)) {
            throw new IllegalArgumentException(system + ": survival must be in [0, 1] and cost >= 0, got " + survival
                    + " and " + launcherCost);
        }
    }

    public boolean bomber() {
        return category.isBomber();
    }
}
