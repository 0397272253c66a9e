package org.treatylab.stability.force;

import java.util.Arrays;
import org.treatylab.domain.Category;

/**
 * Scales a force down to treaty ceilings by a {@link ReductionRule}. The result shares the input's profiles, so an
 * engagement prepared for the full forces serves every scaled pair.
 */
public final class Reduction {
    private Reduction() {
    }

    /**
     * The force cut to at most {@code warheadCeiling} warheads and, when {@code launcherCeiling} is not null, at most
     * that many deployed delivery vehicles. A force already within the ceilings is returned unchanged.
     */
    public static Force scale(Force force, long warheadCeiling, Long launcherCeiling, ReductionRule rule) {
        if (warheadCeiling < 0 || launcherCeiling != null && launcherCeiling < 0) {
            throw new IllegalArgumentException("ceilings must be >= 0, got " + warheadCeiling + " warheads and "
                    + launcherCeiling + " delivery vehicles");
        }
        ForceSystem[] s = force.systems().toArray(ForceSystem[]::new);
        boolean[] all = new boolean[s.length];
        Arrays.fill(all, true);
        boolean[] sea = new boolean[s.length];
        boolean[] other = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            sea[i] = s[i].profile().category() == Category.SLBM;
            other[i] = !sea[i];
        }
        switch (rule) {
            case PROPORTIONAL -> {
                cutWarheads(s, all, warheadCeiling);
                if (launcherCeiling != null) {
                    cutLaunchers(s, all, launcherCeiling);
                }
            }
            case KEEP_SSBNS -> {
                inOrder(s, other, sea, warheadCeiling, false);
                if (launcherCeiling != null) {
                    inOrder(s, other, sea, launcherCeiling, true);
                }
            }
            case DE_MIRV -> {
                download(s, warheadCeiling);
                cutWarheads(s, all, warheadCeiling);
                if (launcherCeiling != null) {
                    cutLaunchers(s, all, launcherCeiling);
                }
            }
        }
        return new Force(force.party(), force.asOf(), Arrays.asList(s));
    }

    /** Cuts {@code first} alone while that suffices, else empties it and cuts {@code last}. */
    private static void inOrder(ForceSystem[] s, boolean[] first, boolean[] last, long ceiling, boolean launchers) {
        long kept = sum(s, last, launchers);
        if (kept <= ceiling) {
            cut(s, first, ceiling - kept, launchers);
        } else {
            cut(s, first, 0, launchers);
            cut(s, last, ceiling, launchers);
        }
    }

    private static void cut(ForceSystem[] s, boolean[] eligible, long target, boolean launchers) {
        if (launchers) {
            cutLaunchers(s, eligible, target);
        } else {
            cutWarheads(s, eligible, target);
        }
    }

    private static long sum(ForceSystem[] s, boolean[] eligible, boolean launchers) {
        long t = 0;
        for (int i = 0; i < s.length; i++) {
            if (eligible[i]) {
                t += launchers ? s[i].launchers() : s[i].warheads();
            }
        }
        return t;
    }

    /** Removes launchers of eligible systems (loading kept) until their warheads total at most {@code target}. */
    static void cutWarheads(ForceSystem[] s, boolean[] eligible, long target) {
        long current = sum(s, eligible, false);
        if (current <= target) {
            return;
        }
        double f = (double) target / current;
        long[] n = new long[s.length];
        long total = 0;
        for (int i = 0; i < s.length; i++) {
            if (eligible[i]) {
                n[i] = (long) Math.floor(s[i].launchers() * f);
                total += s[i].warheadsOn(n[i]);
            }
        }
        // Rounding of average loadings can overshoot after the floor; take back from the most-served system.
        while (total > target) {
            int pick = -1;
            for (int i = 0; i < s.length; i++) {
                if (eligible[i] && n[i] > 0 && (pick < 0 || excess(s, n, f, i) > excess(s, n, f, pick))) {
                    pick = i;
                }
            }
            total += s[pick].warheadsOn(n[pick] - 1) - s[pick].warheadsOn(n[pick]);
            n[pick]--;
        }
        // Fill what rounding left: the systems furthest below their share first, then any launcher that still fits,
        // so that a side keeps as much of its allowance as whole launchers permit.
        while (true) {
            int pick = -1;
            for (int i = 0; i < s.length; i++) {
                if (eligible[i] && n[i] < s[i].launchers()
                        && total + s[i].warheadsOn(n[i] + 1) - s[i].warheadsOn(n[i]) <= target
                        && (pick < 0 || excess(s, n, f, i) < excess(s, n, f, pick))) {
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            total += s[pick].warheadsOn(n[pick] + 1) - s[pick].warheadsOn(n[pick]);
            n[pick]++;
        }
        for (int i = 0; i < s.length; i++) {
            if (eligible[i]) {
                s[i] = s[i].withCounts(n[i], s[i].warheadsOn(n[i]));
            }
        }
    }

    /** Removes launchers of eligible systems (loading kept) until they number at most {@code target}. */
    static void cutLaunchers(ForceSystem[] s, boolean[] eligible, long target) {
        long current = sum(s, eligible, true);
        if (current <= target) {
            return;
        }
        double f = (double) target / current;
        long[] n = new long[s.length];
        long total = 0;
        for (int i = 0; i < s.length; i++) {
            if (eligible[i]) {
                n[i] = (long) Math.floor(s[i].launchers() * f);
                total += n[i];
            }
        }
        while (total < target) {
            int pick = -1;
            for (int i = 0; i < s.length; i++) {
                if (eligible[i] && n[i] < s[i].launchers()
                        && (pick < 0 || excess(s, n, f, i) < excess(s, n, f, pick))) {
                    pick = i;
                }
            }
            n[pick]++;
            total++;
        }
        for (int i = 0; i < s.length; i++) {
            if (eligible[i]) {
                s[i] = s[i].withCounts(n[i], s[i].warheadsOn(n[i]));
            }
        }
    }

    /** How far system i's launchers lie above (positive) or below its proportional share. */
    private static double excess(ForceSystem[] s, long[] n, double f, int i) {
        return n[i] - s[i].launchers() * f;
    }

    /**
     * Downloads multiple-warhead ICBMs by one shared factor towards one warhead per missile, so that the force reaches
     * {@code ceiling} if downloading alone can; otherwise every ICBM is left with one warhead.
     */
    static void download(ForceSystem[] s, long ceiling) {
        long fixed = 0;
        long floorSum = 0;
        long spare = 0;
        boolean[] mirv = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            mirv[i] = s[i].profile().category().isIcbm() && s[i].warheads() > s[i].launchers();
            if (mirv[i]) {
                floorSum += s[i].launchers();
                spare += s[i].warheads() - s[i].launchers();
            } else {
                fixed += s[i].warheads();
            }
        }
        if (fixed + floorSum + spare <= ceiling || spare == 0) {
            return;
        }
        double f = Math.max(0, (double) (ceiling - fixed - floorSum) / spare);
        long[] extra = new long[s.length];
        long total = fixed + floorSum;
        for (int i = 0; i < s.length; i++) {
            if (mirv[i]) {
                extra[i] = (long) Math.floor((s[i].warheads() - s[i].launchers()) * f);
                total += extra[i];
            }
        }
        while (total < ceiling) {
            int pick = -1;
            double best = 0;
            for (int i = 0; i < s.length; i++) {
                double deficit = mirv[i] ? (s[i].warheads() - s[i].launchers()) * f - extra[i] : 0;
                if (deficit > best) {
                    best = deficit;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            extra[pick]++;
            total++;
        }
        for (int i = 0; i < s.length; i++) {
            if (mirv[i]) {
                s[i] = s[i].withCounts(s[i].launchers(), s[i].launchers() + extra[i]);
            }
        }
    }
}
