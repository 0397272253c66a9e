package org.treatylab.talks.restructure;

/**
 * The treaty ceilings a party restructures under (null: no such limit).
 *
 * @param warheads counted deployed warheads: missiles' re-entry vehicles plus bombers by the agreed rule
 * @param deployed deployed ICBMs, SLBMs and heavy bombers
 * @param total deployed and non-deployed launchers and bombers
 * @param onePerBomber true when a deployed bomber counts one warhead (New START), false when its weapons count
 */
public record Ceilings(Long warheads, Long deployed, Long total, boolean onePerBomber) {
    /** No treaty: nothing limited. */
    public static final Ceilings NONE = new Ceilings(null, null, null, true);

    public Ceilings {
        for (Long c : new Long[] {warheads, deployed, total}) {
            if (c != null && c < 0) {
                throw new IllegalArgumentException("ceilings must be >= 0, got " + c);
            }
        }
    }

    /** True when every ceiling of this set is at most the other's (a missing ceiling is infinite). */
    public boolean atMost(Ceilings o) {
        return le(warheads, o.warheads) && le(deployed, o.deployed) && le(total, o.total)
                && onePerBomber == o.onePerBomber;
    }

    private static boolean le(Long a, Long b) {
        return b == null || a != null && a <= b;
    }
}
