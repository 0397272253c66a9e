package org.treatylab.stability.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.treatylab.stability.effects.WeaponEffects;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.SystemProfile;

/**
 * Kill probabilities of one side's weapons against the other's targets, computed once per pair of profile lists:
 * they depend on yields, CEPs, reliabilities and hardness, never on counts.
 */
final class Targeting {
    final double[][] tkp;
    final double[][] lethalRadiusM;
    final double[] cepM;
    final double[] reliability;
    /** Arriving equivalent megatons per warhead, of each attacker system and each defender system. */
    final double[] attackerEmt;
    final double[] defenderEmt;
    final boolean[] counterforce;
    final double[] defenderShare;
    final double[] defenderLaunchersPerAimpoint;
    /** Per defender system, the attacker systems with a positive kill probability against it, best first. */
    final int[][] order;
    /** {@code orderedTkp[j][k] = tkp[order[j][k]][j]}: the kill probabilities in that order, one load away. */
    final double[][] orderedTkp;

    Targeting(Force attacker, Force defender) {
        int na = attacker.size();
        int nd = defender.size();
        tkp = new double[na][nd];
        lethalRadiusM = new double[na][nd];
        cepM = new double[na];
        reliability = new double[na];
        attackerEmt = new double[na];
        defenderEmt = new double[nd];
        counterforce = new boolean[na];
        defenderShare = new double[nd];
        defenderLaunchersPerAimpoint = new double[nd];
        for (int j = 0; j < nd; j++) {
            SystemProfile d = defender.system(j).profile();
            defenderEmt[j] = d.arrivingEmt();
            defenderShare[j] = d.survivableShare();
            defenderLaunchersPerAimpoint[j] = d.launchersPerAimpoint();
        }
        for (int i = 0; i < na; i++) {
            SystemProfile w = attacker.system(i).profile();
            reliability[i] = w.reliability();
            attackerEmt[i] = w.arrivingEmt();
            counterforce[i] = w.counterforceCapable();
            if (!w.counterforceCapable()) {
                continue;
            }
            cepM[i] = w.cepM();
            for (int j = 0; j < nd; j++) {
                SystemProfile target = defender.system(j).profile();
                lethalRadiusM[i][j] = WeaponEffects.lethalRadiusM(w.yieldKt(), target.hardnessPsi());
                tkp[i][j] = WeaponEffects.tkp(w.reliability(), WeaponEffects.sspk(lethalRadiusM[i][j], w.cepM()));
            }
        }
        order = new int[nd][];
        for (int j = 0; j < nd; j++) {
            final int target = j;
            List<Integer> usable = new ArrayList<>();
            for (int i = 0; i < na; i++) {
                if (tkp[i][j] > 0) {
                    usable.add(i);
                }
            }
            usable.sort(Comparator.comparingDouble((Integer i) -> -tkp[i][target]).thenComparingInt(i -> i));
            order[j] = usable.stream().mapToInt(Integer::intValue).toArray();
        }
        orderedTkp = new double[nd][];
        for (int j = 0; j < nd; j++) {
            orderedTkp[j] = new double[order[j].length];
            for (int k = 0; k < order[j].length; k++) {
                orderedTkp[j][k] = tkp[order[j][k]][j];
            }
        }
    }
}
