package org.treatylab.stability.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * A counterforce strike as allocated: for every group of identical aim points, how many there are, the warheads of
 * the defender each holds and the attacker's weapons fired at each, in order. Monte Carlo trials replay it.
 */
public final class Plan {
    final List<Target> targets;
    final double untargetable;
    final double[][] lethalRadiusM;
    final double[] cepM;
    final double[] reliability;
    final double expectedSurvivors;

    record Target(int system, long aimpoints, double value, int[] weapons) {
    }

    private Plan(List<Target> targets, double untargetable, Targeting t, double expectedSurvivors) {
        this.targets = List.copyOf(targets);
        this.untargetable = untargetable;
        this.lethalRadiusM = t.lethalRadiusM;
        this.cepM = t.cepM;
        this.reliability = t.reliability;
        this.expectedSurvivors = expectedSurvivors;
    }

    static Plan of(Allocator a, Targeting t) {
        List<Target> out = new ArrayList<>();
        double untargetable = 0;
        for (double u : a.untargetable) {
            untargetable += u;
        }
        for (int c = 0; c < a.classes; c++) {
            Groups g = a.groups[c];
            for (int k = 0; k < g.size; k++) {
                out.add(new Target(a.classSystem[c], g.count[k], a.classValue[c], a.chain(g.node[k])));
            }
        }
        double expected = 0;
        for (int j = 0; j < a.destroyed.length; j++) {
            expected += a.surviving(j);
        }
        return new Plan(out, untargetable, t, expected);
    }

    /** The analytic expectation of the defender's surviving warheads under this plan. */
    public double expectedSurvivors() {
        return expectedSurvivors;
    }

    /** Aim points attacked or spared, summed over groups. */
    public long aimpoints() {
        return targets.stream().mapToLong(Target::aimpoints).sum();
    }
}
