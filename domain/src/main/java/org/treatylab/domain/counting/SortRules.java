package org.treatylab.domain.counting;

import java.util.List;
import java.util.Map;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;

/**
 * SORT (Moscow Treaty) counting: operationally deployed strategic warheads — the warheads on deployed missiles
 * plus the weapons assigned to deployed heavy bombers. The treaty itself agreed no counting rules; this is the
 * U.S. definition it was negotiated around. Medium bombers (below the heavy-bomber definition) are not counted.
 */
final class SortRules implements CountingRuleSet {

    @Override
    public String id() {
        return "sort";
    }

    @Override
    public String description() {
        return "SORT: operationally deployed warheads on missiles and assigned to deployed bombers";
    }

    @Override
    public List<Quantity> quantities() {
        return List.of(new Quantity("deployed-warheads",
                "warheads on deployed ICBMs and SLBMs plus weapons assigned to deployed heavy bombers"));
    }

    @Override
    public List<RuleOption> options() {
        return List.of();
    }

    @Override
    public Map<String, Long> count(Posture posture, Map<String, String> options) {
        long total = 0;
        for (PostureRow r : posture.rows()) {
            if (r.category() == Category.MEDIUM_BOMBER) {
                continue;
            }
            if (r.category().isBallisticMissile()) {
                total = Sums.add(total, r.reentryVehicles().orElseThrow(() -> new InputException(r.origin()
                        + ": SORT counting needs 'warheads' or 'warheads_total' for " + r.system())), r, "warheads");
            } else {
                total = Sums.add(total, Sums.times(r.deployed(), BomberWeapons.assigned(r, "SORT"), r, "weapons"), r,
                        "weapons");
            }
        }
        return Map.of("deployed-warheads", total);
    }
}
