package org.treatylab.stability.exchange;

import java.util.Arrays;

/**
 * Where a striker stops adding attacks: the attack size, among {@code resolution + 1} evenly spaced ones from none
 * to the full strike, at which its own Kent &amp; Thaler cost is lowest (the smallest such size on a tie).
 *
 * <p>Along the strike the defender's surviving weapons only fall, so the striker's own-damage term only falls, and
 * the striker's remaining weapons only fall, so its other term only rises. A stretch of attack sizes can therefore
 * not beat the best found so far when its last point's first term plus its first point's second term does not;
 * branch and bound finds the exact grid minimum from a few evaluations.
 */
final class StoppingPoint {
    private final Trajectory trajectory;
    private final FirstStrikeParams params;
    private final long full;
    private final int points;
    private final double[] first;
    private final double[] second;

    private StoppingPoint(Trajectory trajectory, long full, FirstStrikeParams params, Workspace ws) {
        this.trajectory = trajectory;
        this.params = params;
        this.full = full;
        this.points = (int) Math.min(params.resolution(), Math.max(1, full)) + 1;
        if (ws.first.length < points) {
            ws.first = new double[points];
            ws.second = new double[points];
        }
        first = ws.first;
        second = ws.second;
        Arrays.fill(first, 0, points, Double.NaN);
        Arrays.fill(second, 0, points, Double.NaN);
    }

    /** The attack size of lowest cost for a strike that fired {@code full} warheads in all. */
    static long find(Trajectory trajectory, long full, FirstStrikeParams params, Workspace ws) {
        return new StoppingPoint(trajectory, full, params, ws).search(ws);
    }

    private long search(Workspace ws) {
        int bestIndex = 0;
        double best = cost(0);
        double last = cost(points - 1);
        if (last < best) {
            best = last;
            bestIndex = points - 1;
        }
        int[] stack = ws.stack;
        int top = 0;
        stack[top++] = 0;
        stack[top++] = points - 1;
        while (top > 0) {
            int hi = stack[--top];
            int lo = stack[--top];
            double bound = first(hi) + second(lo);
            // Equal costs happen on plateaus (damage saturates at 1); the smallest such attack size wins.
            if (hi - lo <= 1 || bound > best || bound == best && lo >= bestIndex) {
                continue;
            }
            int mid = (lo + hi) >>> 1;
            double c = cost(mid);
            if (c < best || c == best && mid < bestIndex) {
                best = c;
                bestIndex = mid;
            }
            if (top + 4 > stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
                ws.stack = stack;
            }
            stack[top++] = mid;
            stack[top++] = hi;
            stack[top++] = lo;
            stack[top++] = mid;
        }
        return size(bestIndex);
    }

    private long size(int index) {
        return Math.round((double) full * index / (points - 1));
    }

    /** The striker's own-damage term D_own^a after {@code size(index)} warheads. */
    private double first(int index) {
        if (Double.isNaN(first[index])) {
            evaluate(index);
        }
        return first[index];
    }

    /** The striker's other term w·(1 − D_other^a) after {@code size(index)} warheads. */
    private double second(int index) {
        if (Double.isNaN(second[index])) {
            evaluate(index);
        }
        return second[index];
    }

    /** Both terms at once: one search of the trajectory. */
    private void evaluate(int index) {
        long k = size(index);
        int at = trajectory.locate(k);
        // cost(d, 1) = ownTerm(d) + 0.0 and cost(0, d) = 0.0 + otherTerm(d), the same doubles without the wasted terms
        first[index] = params.ownTerm(params.damage(trajectory.at(k, at, Trajectory.DEFENDER_EMT)));
        second[index] = params.otherTerm(params.damage(trajectory.at(k, at, Trajectory.ATTACKER_EMT)));
    }

    private double cost(int index) {
        return first(index) + second(index);
    }
}
