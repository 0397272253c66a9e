package org.treatylab.domain.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;

/**
 * New START counting (Treaty Article III; U.S. State Department fact sheets).
 *
 * <p>Deployed ICBMs, SLBMs and heavy bombers; warheads are the re-entry vehicles actually emplaced on deployed
 * missiles plus one per deployed heavy bomber; launchers are deployed plus non-deployed. Test and converted items
 * are not counted. Medium bombers (below the treaty's heavy-bomber definition, {@link Category#MEDIUM_BOMBER}) are not
 * counted unless option {@code medium_bombers} is {@code counted}, which a draft may choose: then they count as heavy
 * bombers do (deployed, launchers, and warheads by the {@code bomber_warheads} rule).
 */
final class NewStartRules implements CountingRuleSet {
    static final String BOMBER_WARHEADS = "bomber_warheads";
    static final String MEDIUM_BOMBERS = "medium_bombers";

    @Override
    public String id() {
        return "new-start";
    }

    @Override
    public String description() {
        return "New START: deployed vehicles, actual re-entry vehicles, 1 warhead per deployed bomber";
    }

    @Override
    public List<Quantity> quantities() {
        return List.of(
                new Quantity("deployed-launchers", "deployed ICBMs, deployed SLBMs and deployed heavy bombers"),
                new Quantity("warheads", "re-entry vehicles on deployed ICBMs and SLBMs plus bomber warheads"),
                new Quantity("total-launchers", "deployed and non-deployed ICBM and SLBM launchers and heavy bombers"));
    }

    @Override
    public List<RuleOption> options() {
        return List.of(new RuleOption(BOMBER_WARHEADS, "what a deployed heavy bomber counts: 'one' (the treaty) or "
                + "'assigned' (the weapons_per_bomber column)", "one", List.of("one", "assigned")),
                new RuleOption(MEDIUM_BOMBERS, "bombers below the heavy-bomber definition (MEDIUM_BOMBER rows, e.g. "
                        + "the H-6N): 'excluded' (the treaty) or 'counted' as heavy bombers", "excluded",
                        List.of("excluded", "counted")));
    }

    @Override
    public Map<String, Long> count(Posture posture, Map<String, String> options) {
        boolean assigned = "assigned".equals(options.get(BOMBER_WARHEADS));
        boolean medium = "counted".equals(options.get(MEDIUM_BOMBERS));
        long deployed = 0;
        long warheads = 0;
        long launchers = 0;
        for (PostureRow r : posture.rows()) {
            if (r.category() == Category.MEDIUM_BOMBER && !medium) {
                continue;
            }
            deployed = Sums.add(deployed, r.deployed(), r, "deployed");
            launchers = Sums.add(launchers, Sums.add(r.deployed(), r.nonDeployed(), r, "launchers"), r, "launchers");
            if (r.category().isBallisticMissile()) {
                long rv = r.reentryVehicles().orElseThrow(() -> new InputException(r.origin()
                        + ": New START counting needs 'warheads' or 'warheads_total' for " + r.system()));
                warheads = Sums.add(warheads, rv, r, "warheads");
            } else if (assigned) {
                warheads = Sums.add(warheads, Sums.times(r.deployed(), BomberWeapons.assigned(r, "New START"), r,
                        "warheads"), r, "warheads");
            } else {
                warheads = Sums.add(warheads, r.deployed(), r, "warheads");
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("deployed-launchers", deployed);
        out.put("warheads", warheads);
        out.put("total-launchers", launchers);
        return out;
    }
}
