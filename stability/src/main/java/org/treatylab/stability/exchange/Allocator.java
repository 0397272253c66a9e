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
    /** The targeting's orders and kill probabilities, one load nearer. */
    private final int[][] orders;
    private final double[][] orderedTkp;
    private final Force attacker;
    private final Force defender;
    private final FirstStrikeParams params;
    private final boolean costs;
    private final boolean record;

    // target classes: whole aim points, or the one aim point that holds the remainder of a system's launchers
    int classes;
    final int[] classSystem;
    final double[] classValue;
    final Groups[] groups;
    final double[] untargetable;
    private final Workspace ws;

    final long[] stock;
    final long[] used;
    final double[] destroyed;
    long usedTotal;
    long budget;
    double destroyedTotal;

    double attackerEmtLeft;
    double defenderEmtSurviving;
    /** All warheads of each side, summed once. */
    long attackerTotal;
    long defenderTotal;

    private final Trajectory trajectory;

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
        this(targeting, attacker, defender, params, costs, record, Long.MAX_VALUE, new Workspace());
    }

    /** As above, with the strike stopped after at most {@code limit} warheads. */
    Allocator(Targeting targeting, Force attacker, Force defender, FirstStrikeParams params, boolean costs,
            boolean record, long limit) {
        this(targeting, attacker, defender, params, costs, record, limit, new Workspace());
    }

    /**
     * As above, with the strike stopped after at most {@code limit} warheads, writing into {@code ws} (whose arrays
     * the results then share until its next use).
     */
    Allocator(Targeting targeting, Force attacker, Force defender, FirstStrikeParams params, boolean costs,
            boolean record, long limit, Workspace ws) {
        this.targeting = targeting;
        this.orders = targeting.order;
        this.orderedTkp = targeting.orderedTkp;
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
        this.ws = ws.prepare(na, nd);
        stock = ws.stock;
        used = ws.used;
        destroyed = ws.destroyed;
        untargetable = ws.untargetable;
        classSystem = ws.classSystem;
        classValue = ws.classValue;
        groups = ws.groups;
        trajectory = ws.trajectory;
        for (int i = 0; i < na; i++) {
            ForceSystem s = attacker.system(i);
            attackerTotal += s.warheads();
            attackerEmtLeft += s.warheads() * targeting.attackerEmt[i];
            if (targeting.counterforce[i]) {
                stock[i] = s.warheads() - (long) Math.ceil(params.reserve() * s.warheads() - EPS);
                budget += stock[i];
            }
        }
        budget = Math.min(budget, limit);
        for (int j = 0; j < nd; j++) {
            ForceSystem s = defender.system(j);
            defenderTotal += s.warheads();
            defenderEmtSurviving += s.warheads() * targeting.defenderEmt[j];
            if (s.warheads() == 0) {
                continue;
            }
            double perLauncher = s.warheadsPerLauncher();
            double share = targeting.defenderShare[j];
            double targetable = s.launchers() * (1 - share);
            untargetable[j] = s.warheads() * share;
            double lpa = targeting.defenderLaunchersPerAimpoint[j];
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
        ws.groups(classes++).add(1.0, aimpoints, record ? 0 : -1);
    }

    Allocator run() {
        int[] pointer = ws.pointer;
        double[] gain = ws.gain;
        int[] weaponOf = ws.weaponOf;
        for (int c = 0; c < classes; c++) {
            refresh(c, pointer, gain, weaponOf);
        }
        if (costs) {
            trajectory.add(0, defenderEmtSurviving, attackerEmtLeft, 0);
        }
        final double[] defenderEmt = targeting.defenderEmt;
        final double[] attackerEmt = targeting.attackerEmt;
        final double[][] ordered = targeting.orderedTkp;
        while (usedTotal < budget) {
            int best = -1;
            double bestGain = 0;
            for (int c = 0; c < classes; c++) {
                if (gain[c] > bestGain) {
                    bestGain = gain[c];
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            int weapon = weaponOf[best];
            Groups g = groups[best];
            int top = g.size - 1;
            double s = g.survival[top];
            int parent = g.node[top];
            long m = Math.min(Math.min(g.count[top], stock[weapon]), budget - usedTotal);
            int j = classSystem[best];
            double p = ordered[j][pointer[j]];
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
        int[] order = orders[j];
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
            gain[c] = classValue[c] * g.survival[g.size - 1] * orderedTkp[j][k];
        }
    }

    /** Records where the striker stops: the attack size of lowest cost, and the state there. */
    private void chooseStop() {
        long k = StoppingPoint.find(trajectory, usedTotal, params, ws);
        double defenderSurviving = trajectory.at(k, Trajectory.DEFENDER_EMT);
        double attackerLeft = trajectory.at(k, Trajectory.ATTACKER_EMT);
        bestUsed = k;
        bestAttackerDamage = params.damage(defenderSurviving);
        bestDefenderDamage = params.damage(attackerLeft);
        bestCost = params.cost(bestAttackerDamage, bestDefenderDamage);
        bestDefenderCost = params.cost(bestDefenderDamage, bestAttackerDamage);
        bestDefenderSurvivors = defenderTotal - trajectory.at(k, Trajectory.DESTROYED);
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
