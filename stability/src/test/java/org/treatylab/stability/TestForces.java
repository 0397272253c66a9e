package org.treatylab.stability;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.forces.Postures;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceResolver;

/** Forces for tests, built the way users build them: posture CSV text with parameter columns. */
public final class TestForces {
    /** Columns of {@link #row}: every parameter given, so no catalogue entry or default is involved. */
    public static final String HEADER = "party,system,category,deployed,warheads_total,weapons_per_bomber,yield_kt,"
            + "cep_m,reliability,hardness_psi,survivable_share,launchers_per_aimpoint\n";

    private TestForces() {
    }

    /** One posture row; bombers get their weapons per bomber, missiles their warheads in total. */
    public static String row(String party, String system, String category, long launchers, long warheads,
            double yieldKt, double cepM, double reliability, double hardnessPsi, double share, double lpa) {
        boolean bomber = category.equals("HEAVY_BOMBER");
        return String.format(Locale.ROOT, "%s,%s,%s,%d,%s,%s,%s,%s,%s,%s,%s,%s%n", party, system, category, launchers,
                bomber ? "" : Long.toString(warheads), bomber ? Long.toString(warheads / Math.max(1, launchers)) : "",
                yieldKt, cepM, reliability, hardnessPsi, share, lpa);
    }

    /** A force from rows of one party (with {@link #HEADER} prepended). */
    public static Force force(String rows) {
        List<Posture> ps = PostureReader.parse("test.csv", HEADER + rows, null);
        if (ps.size() != 1) {
            throw new IllegalStateException("expected one party, got " + ps.size());
        }
        return ForceResolver.resolve(ps.get(0));
    }

    /** The shipped posture of one party, resolved against the shipped catalogue. */
    public static Force shipped(String name, Party party) {
        return ForceResolver.resolve(Postures.of(Postures.resolve(name, null), party));
    }

    /**
     * A random force of {@code systems} systems: silo, mobile and sea-based missiles and bombers with parameters
     * drawn from plausible ranges.
     */
    public static Force random(Random r, String party, int systems) {
        StringBuilder sb = new StringBuilder();
        String[] categories = {"ICBM", "MOBILE_ICBM", "SLBM", "HEAVY_BOMBER", "HEAVY_ICBM"};
        for (int i = 0; i < systems; i++) {
            String cat = categories[r.nextInt(categories.length)];
            long launchers = 1 + r.nextInt(cat.equals("SLBM") ? 200 : 120);
            long perLauncher = cat.equals("HEAVY_BOMBER") ? 1 + r.nextInt(16) : 1 + r.nextInt(cat.equals("ICBM") ? 3 : 10);
            double hardness = cat.endsWith("ICBM") && !cat.startsWith("MOBILE") ? 500 + r.nextInt(4000) : 2 + r.nextInt(20);
            double share = cat.equals("SLBM") ? r.nextDouble() : cat.equals("MOBILE_ICBM") ? 0.5 * r.nextDouble() : 0;
            double lpa = cat.equals("SLBM") ? 12 + r.nextInt(13) : cat.equals("MOBILE_ICBM") ? 1 + r.nextInt(9)
                    : cat.equals("HEAVY_BOMBER") ? 5 + r.nextInt(30) : 1;
            sb.append(row(party, "S" + i, cat, launchers, launchers * perLauncher, 50 + r.nextInt(800),
                    80 + r.nextInt(600), 0.6 + 0.4 * r.nextDouble(), hardness, share, lpa));
        }
        return force(sb.toString());
    }
}
