package org.treatylab.stability.exchange;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;

/**
 * A counterforce strike by marginal gain: each warhead goes where it destroys the most expected warheads of the
 * defender, the best weapon for that target first.
 *
 * <p>Aim points of one class with the same survival probability are identical, so warheads are handed out in
 * batches ("layers") that all have the same marginal gain; the result is the same as assigning them one by one.
 * With {@code costs} on, the run also records the state after every batch and then finds the attack size where the
 * striker's Kent &amp; Thaler cost is lowest (the striker stops there); the state at the end is the full strike.
 */
final class Allocator {
    private static final double EPS = 1e-9;

    private final Targeting targeting;
    private final Force attacker;
    private final Force defender;
    private final FirstStrikeParams params;
    private final boolean costs;
    private final boolean record;

    // target classes: whole aim points, or the one aim point that holds the remainder of a system's launchers
    int classes;
    int[] classSystem;
    double[] classValue;
    Groups[] groups;
    final double[] untargetable;

    final long[] stock;
    final long[] used;
    final double[] destroyed;
    long usedTotal;
    long budget;
    double destroyedTotal;

    double attackerEmtLeft;
    double defenderEmtSurviving;

    private Trajectory trajectory;

    // the striker's best stopping point
    long bestUsed;
    double bestCost;
    double bestAttackerDamage;
    double bestDefenderDamage;
    double bestDefenderCost;
    double bestDefenderSurvivors;

    // recorded plan: node 0 is "no warhead yet"; a node is its parent plus one warhead of an attacker system
    int[] nodeParent;
    int[] nodeWeapon;
    int nodes = 1;
    private final Map<Long, Integer> children;

    Allocator(Targeting targeting, Force attacker, Force defender, FirstStrikeParams params, boolean costs,
            boolean record) {
        this(targeting, attacker, defender, params, costs, record, Long.MAX_VALUE);
    }

    /** As above, with the strike stopped after at most {@code limit} warheads. */
    Allocator(Targeting targeting, Force attacker, Force defender, FirstStrikeParams params, boolean costs,
            boolean record, long limit) {
        this.targeting = targeting;
        this.attacker = attacker;
        this.defender = defender;
        this.params = params;
        this.costs = costs;
        this.record = record;
        this.children = record ? new HashMap<>() : null;
        nodeParent = new int[record ? 16 : 1];
        nodeWeapon = new int[record ? 16 : 1];
        nodeParent[0] = -1;
        nodeWeapon[0] = -1;
        int na = attacker.size();
        int nd = defender.size();
        stock = new long[na];
        used = new long[na];
        destroyed = new double[nd];
        untargetable = new double[nd];
        for (int i = 0; i < na; i++) {
            ForceSystem s = attacker.system(i);
            attackerEmtLeft += s.warheads() * targeting.attackerEmt[i];
            if (s.profile().counterforceCapable()) {
                stock[i] = s.warheads() - (long) Math.ceil(params.reserve() * s.warheads() - EPS);
                budget += stock[i];
            }
        }
        budget = Math.min(budget, limit);
        classSystem = new int[2 * nd];
        classValue = new double[2 * nd];
        groups = new Groups[2 * nd];
        for (int j = 0; j < nd; j++) {
            ForceSystem s = defender.system(j);
            defenderEmtSurviving += s.warheads() * targeting.defenderEmt[j];
            if (s.warheads() == 0) {
                continue;
            }
            double perLauncher = s.warheadsPerLauncher();
            double share = s.profile().survivableShare();
            double targetable = s.launchers() * (1 - share);
            untargetable[j] = s.warheads() * share;
            double lpa = s.profile().launchersPerAimpoint();
            long whole = (long) Math.floor(targetable / lpa + EPS);
            double rest = targetable - whole * lpa;
            if (whole > 0) {
                addClass(j, whole, lpa * perLauncher);
            }
            if (rest > EPS) {
                addClass(j, 1, rest * perLauncher);
            }
        }
    }

    private void addClass(int system, long aimpoints, double value) {
        classSystem[classes] = system;
        classValue[classes] = value;
        Groups g = new Groups();
        g.add(1.0, aimpoints, record ? 0 : -1);
        groups[classes++] = g;
    }

    Allocator run() {
        int nd = defender.size();
        int[] pointer = new int[nd];
        double[] gain = new double[classes];
        int[] weaponOf = new int[classes];
        for (int c = 0; c < classes; c++) {
            refresh(c, pointer, gain, weaponOf);
        }
        if (costs) {
            trajectory = new Trajectory();
            trajectory.add(0, defenderEmtSurviving, attackerEmtLeft, 0);
        }
        final double[] defenderEmt = targeting.defenderEmt;
        final double[] attackerEmt = targeting.attackerEmt;
        final double[][] tkp = targeting.tkp;
        int best = -1;
        double runnerUp = 0;
        while (usedTotal < budget) {
            // The class just served is still the best when its new gain beats every other class (often a run of
            // layers on one class); only then is the scan skipped.
            if (best < 0 || !(gain[best] > runnerUp)) {
                best = -1;
                double bestGain = 0;
                runnerUp = 0;
                for (int c = 0; c < classes; c++) {
                    double gc = gain[c];
                    if (gc > bestGain) {
                        runnerUp = bestGain;
                        bestGain = gc;
                        best = c;
                    } else if (gc > runnerUp) {
                        runnerUp = gc;
                    }
                }
                if (best < 0) {
                    break;
                }
            }
            int weapon = weaponOf[best];
            Groups g = groups[best];
            int top = g.size - 1;
            double s = g.survival[top];
            int parent = g.node[top];
            long m = Math.min(Math.min(g.count[top], stock[weapon]), budget - usedTotal);
            int j = classSystem[best];
            double p = tkp[weapon][j];
            double kill = m * classValue[best] * s * p;
            destroyed[j] += kill;
            destroyedTotal += kill;
            defenderEmtSurviving -= kill * defenderEmt[j];
            attackerEmtLeft -= m * attackerEmt[weapon];
            g.takeFromTop(m);
            g.add(s * (1 - p), m, record ? child(parent, weapon) : -1);
            stock[weapon] -= m;
            used[weapon] += m;
            usedTotal += m;
            refresh(best, pointer, gain, weaponOf);
            if (stock[weapon] == 0) {
                for (int c = 0; c < classes; c++) {
                    if (weaponOf[c] == weapon) {
                        refresh(c, pointer, gain, weaponOf);
                    }
                }
                best = -1;
            }
            if (costs) {
                trajectory.add(usedTotal, defenderEmtSurviving, attackerEmtLeft, destroyedTotal);
            }
        }
        if (costs) {
            chooseStop();
        }
        return this;
    }

    /** Recomputes the best next warhead for class c: its best weapon in stock against its top group. */
    private void refresh(int c, int[] pointer, double[] gain, int[] weaponOf) {
        Groups g = groups[c];
        int j = classSystem[c];
        int[] order = targeting.order[j];
        int k = pointer[j];
        while (k < order.length && stock[order[k]] == 0) {
            k++;
        }
        pointer[j] = k;
        if (g.size == 0 || k == order.length) {
            gain[c] = 0;
            weaponOf[c] = -1;
        } else {
            weaponOf[c] = order[k];
            gain[c] = classValue[c] * g.survival[g.top()] * targeting.tkp[order[k]][j];
        }
    }

    /**
     * Finds where the striker's cost is lowest among {@code resolution + 1} evenly spaced attack sizes from 0 to the
     * full strike. Along the strike the defender's surviving weapons only fall (so the striker's own damage term
     * only falls) and the striker's remaining weapons only fall (so its other term only rises); a stretch of
     * attack sizes can therefore not beat the best found so far when its last point's first term plus its first
     * point's second term does not, and branch and bound gives the exact grid minimum from a few evaluations.
     */
    private void chooseStop() {
        Search search = new Search(params.resolution());
        int bestIndex = 0;
        double best = search.cost(0);
        double last = search.cost(search.points - 1);
        if (last < best) {
            best = last;
            bestIndex = search.points - 1;
        }
        int[] stack = new int[128];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = search.points - 1;
        while (top > 0) {
            int hi = stack[--top];
            int lo = stack[--top];
            double bound = search.first(hi) + search.second(lo);
            // Equal costs happen on plateaus (damage saturates at 1); the smallest such attack size wins.
            if (hi - lo <= 1 || bound > best || bound == best && lo >= bestIndex) {
                continue;
            }
            int mid = (lo + hi) >>> 1;
            double c = search.cost(mid);
            if (c < best || c == best && mid < bestIndex) {
                best = c;
                bestIndex = mid;
            }
            if (top + 4 > stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            stack[top++] = mid;
            stack[top++] = hi;
            stack[top++] = lo;
            stack[top++] = mid;
        }
        long k = search.size(bestIndex);
        double defenderSurviving = trajectory.at(k, Trajectory.DEFENDER_EMT);
        double attackerLeft = trajectory.at(k, Trajectory.ATTACKER_EMT);
        bestUsed = k;
        bestCost = best;
        bestAttackerDamage = params.damage(defenderSurviving);
        bestDefenderDamage = params.damage(attackerLeft);
        bestDefenderCost = params.cost(bestDefenderDamage, bestAttackerDamage);
        bestDefenderSurvivors = defender.totalWarheads() - trajectory.at(k, Trajectory.DESTROYED);
    }

    /** Lazily evaluated cost terms at the grid of attack sizes. */
    private final class Search {
        final int points;
        final double[] first;
        final double[] second;

        Search(int resolution) {
            points = (int) Math.min(resolution, Math.max(1, usedTotal)) + 1;
            first = new double[points];
            second = new double[points];
            Arrays.fill(first, Double.NaN);
            Arrays.fill(second, Double.NaN);
        }

        long size(int index) {
            return Math.round((double) usedTotal * index / (points - 1));
        }

        double first(int index) {
            if (Double.isNaN(first[index])) {
                double d = params.damage(trajectory.at(size(index), Trajectory.DEFENDER_EMT));
                first[index] = params.cost(d, 1);
            }
            return first[index];
        }

        double second(int index) {
            if (Double.isNaN(second[index])) {
                double d = params.damage(trajectory.at(size(index), Trajectory.ATTACKER_EMT));
                second[index] = params.cost(0, d);
            }
            return second[index];
        }

        double cost(int index) {
            return first(index) + second(index);
        }
    }

    private int child(int parent, int weapon) {
        long key = (long) parent * Integer.MAX_VALUE + weapon;
        Integer id = children.get(key);
        if (id != null) {
            return id;
        }
        if (nodes == nodeParent.length) {
            nodeParent = Arrays.copyOf(nodeParent, nodes * 2);
            nodeWeapon = Arrays.copyOf(nodeWeapon, nodes * 2);
        }
        nodeParent[nodes] = parent;
        nodeWeapon[nodes] = weapon;
        children.put(key, nodes);
        return nodes++;
    }

    /** The weapons fired at an aim point of a recorded group, in firing order. */
    int[] chain(int node) {
        int len = 0;
        for (int n = node; n > 0; n = nodeParent[n]) {
            len++;
        }
        int[] out = new int[len];
        for (int n = node; n > 0; n = nodeParent[n]) {
            out[--len] = nodeWeapon[n];
        }
        return out;
    }

    /** Expected surviving warheads of defender system j. */
    double surviving(int j) {
        return defender.system(j).warheads() - destroyed[j];
    }
}
