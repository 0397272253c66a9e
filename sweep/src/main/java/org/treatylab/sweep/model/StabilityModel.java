package org.treatylab.sweep.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatylab.domain.SourcedValue;
import org.treatylab.domain.forces.Catalogue;
import org.treatylab.domain.forces.DeliverySystemType;
import org.treatylab.domain.forces.SystemParameter;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.Engagement;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;
import org.treatylab.stability.force.Origin;
import org.treatylab.stability.force.Reduction;
import org.treatylab.stability.force.ReductionRule;
import org.treatylab.sweep.job.Distribution;
import org.treatylab.sweep.job.Factor;
import org.treatylab.sweep.job.JobException;
import org.treatylab.sweep.job.ModelNames;
import org.treatylab.sweep.job.ModelSpec;

/**
 * The stability model: two forces with drawn parameters, scaled to each grid point's ceiling by its rule, and their
 * survivors, ratios and first-strike stability index ({@link org.treatylab.stability.Stability}).
 *
 * <p>A row's drawn parameters change the systems' profiles, so each row makes one {@link Engagement} (kill
 * probabilities) and reuses it at every grid point of the row.
 */
final class StabilityModel implements Model {
    private static final String DRAWN = "drawn in a sweep";

    private final Force a;
    private final Force b;
    private final FirstStrikeParams params;
    private final Long deliveryVehicles;
    private final int ceilingAt;
    private final int ruleAt;
    private final List<Slot> slots = new ArrayList<>();
    private final List<Target[]> targets = new ArrayList<>();
    private final List<Boolean> relative = new ArrayList<>();

    /** Where one drawn value goes: a system parameter of one side, a loading, or a first-strike parameter. */
    private record Target(int side, int system, SystemParameter parameter, boolean loading, String strike,
            double base) {
    }

    StabilityModel(ModelSpec.Stability spec, List<Factor> vary, List<String> grid) {
        Force[] sides = Sides.pick(spec);
        this.a = sides[0];
        this.b = sides[1];
        this.params = new FirstStrikeParams(spec.exponent(), spec.enemyWeight(), spec.halfValueEmt(), spec.reserve(),
                spec.resolution());
        this.deliveryVehicles = spec.deliveryVehicles();
        this.ceilingAt = grid.indexOf("ceiling");
        this.ruleAt = grid.indexOf("rule");
        for (Factor f : vary) {
            if (ModelNames.STRIKE_PARAMETERS.contains(f.parameter())) {
                addStrike(f);
            } else {
                addSystems(f);
            }
        }
    }

    /** Side A's and side B's parties, e.g. ["US", "RU"]. */
    List<String> parties() {
        return List.of(a.party().code(), b.party().code());
    }

    @Override
    public List<Slot> slots() {
        return List.copyOf(slots);
    }

    @Override
    public List<String> outputs() {
        return ModelNames.STABILITY_OUTPUTS;
    }

    @Override
    public Worker worker() {
        return new StabilityWorker();
    }

    private void addStrike(Factor f) {
        double base = switch (f.parameter()) {
            case "damage_exponent" -> params.damageExponent();
            case "enemy_weight" -> params.enemyWeight();
            case "half_value_emt" -> params.halfValueEmt();
            default -> params.reserve();
        };
        Distribution d = f.distribution();
        for (double v : new double[] {d.low(), d.high()}) {
            double x = f.relative() ? base * v : v;
            try {
                withStrike(params, f.parameter(), x);
            } catch (IllegalArgumentException e) {
                throw new JobException("vary '" + f.name() + "': draws " + x + " for " + f.parameter() + ", but "
                        + e.getMessage());
            }
        }
        slots.add(new Slot(Slot.columnName(f.name()), f.parameter() + " of the exchange", f.name(), d,
                "the job's distribution", f.rationale()));
        targets.add(new Target[] {new Target(-1, -1, null, false, f.parameter(), base)});
        relative.add(f.relative());
    }

    private void addSystems(Factor f) {
        boolean loading = f.parameter().equals("warheads_per_launcher");
        SystemParameter p = SystemParameter.byColumn(f.parameter()).orElseThrow();
        List<Target> matched = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Force[] sides = {a, b};
        for (String wanted : f.systems()) {
            boolean found = false;
            for (Force side : sides) {
                if (matchesParty(f, side)) {
                    found |= side.systems().stream().anyMatch(s -> s.profile().name().equalsIgnoreCase(wanted.trim()));
                }
            }
            if (!found) {
                throw new JobException("vary '" + f.name() + "': no system '" + wanted + "' in the forces"
                        + (f.party().equals("*") ? "" : " of " + f.party()));
            }
        }
        for (int side = 0; side < 2; side++) {
            Force force = sides[side];
            if (!matchesParty(f, force)) {
                continue;
            }
            for (int i = 0; i < force.size(); i++) {
                ForceSystem s = force.system(i);
                if (!f.systems().isEmpty() && f.systems().stream().noneMatch(
                        w -> w.trim().equalsIgnoreCase(s.profile().name()))) {
                    continue;
                }
                if (s.launchers() == 0) {
                    continue;
                }
                double base = loading ? s.warheadsPerLauncher() : s.profile().parameter(p).value();
                if (Double.isNaN(base) || base == 0 && f.relative()) {
                    continue;
                }
                matched.add(new Target(side, i, p, loading, null, base));
                names.add(force.party().code() + " " + s.profile().name());
            }
        }
        if (matched.isEmpty()) {
            throw new JobException("vary '" + f.name() + "': no deployed system" + (f.party().equals("*") ? ""
                    : " of " + f.party()) + " has a value of " + f.parameter() + " to vary");
        }
        if (f.shared()) {
            if (f.distribution() instanceof Distribution.CatalogueRange) {
                throw new JobException("vary '" + f.name() + "': a catalogue range is drawn per system; set shared "
                        + "to false");
            }
            for (int k = 0; k < matched.size(); k++) {
                check(f, matched.get(k), f.distribution(), names.get(k));
            }
            slots.add(new Slot(Slot.columnName(f.name()), f.parameter() + " of " + String.join(", ", names)
                    + (f.relative() ? " (one multiplier)" : " (one value)"), f.name(), f.distribution(),
                    "the job's distribution", f.rationale()));
            targets.add(matched.toArray(Target[]::new));
            relative.add(f.relative());
            return;
        }
        for (int k = 0; k < matched.size(); k++) {
            Target t = matched.get(k);
            Distribution d = f.distribution();
            String source = "the job's distribution";
            if (d instanceof Distribution.CatalogueRange range) {
                Range r = catalogueRange(t, range);
                if (r == null || r.low() == r.high()) {
                    continue;
                }
                d = new Distribution.Uniform(r.low(), r.high());
                source = r.source();
            }
            check(f, t, d, names.get(k));
            slots.add(new Slot(Slot.columnName(f.name() + " " + names.get(k)), f.parameter() + " of " + names.get(k),
                    f.name(), d, source, f.rationale()));
            targets.add(new Target[] {t});
            relative.add(f.relative());
        }
    }

    /** A resolved catalogue range and where it comes from. */
    private record Range(double low, double high, String source) {
    }

    /**
     * The catalogue's range for a target: the published range where the catalogue has one as the uncertainty of its
     * value (not a range of different weapons with the value used stated), else the value ± the spread of its
     * status, within the parameter's valid values; null when the spread is zero.
     */
    private Range catalogueRange(Target t, Distribution.CatalogueRange range) {
        ForceSystem s = (t.side() == 0 ? a : b).system(t.system());
        Origin origin = t.loading() ? s.profile().warheadsOrigin() : s.profile().parameter(t.parameter()).origin();
        SourcedValue published = null;
        if (origin.kind() == Origin.Kind.CATALOGUE && s.profile().catalogueId() != null) {
            for (DeliverySystemType type : Catalogue.shipped().types()) {
                if (type.id().equals(s.profile().catalogueId())) {
                    SystemParameter p = t.loading() ? SystemParameter.WARHEADS_PER_LAUNCHER : t.parameter();
                    published = type.parameter(p).orElse(null);
                }
            }
        }
        double low;
        double high;
        String why;
        // a range whose row states the value used ("100-455 use 100") spans different weapons, not the uncertainty
        // of the one value engines use: that value varies by its status's spread like any other
        if (published != null && published.isRange() && !published.statesValueUsed() && (!t.loading()
                || Math.abs(published.value() - t.base()) < 1e-9)) {
            low = published.low();
            high = published.high();
            why = "catalogue " + s.profile().catalogueId() + ": published range " + published.text() + " ("
                    + published.status().label() + ", " + published.source() + ")";
        } else {
            String key = switch (origin.kind()) {
                case CATALOGUE -> origin.status() == null ? "estimate" : origin.status().label();
                case CATEGORY_DEFAULT -> "assumption";
                default -> "row";
            };
            double spread = range.spreadOf(key);
            if (spread == 0) {
                return null;
            }
            low = t.base() * (1 - spread);
            high = t.base() * (1 + spread);
            why = String.format(Locale.ROOT, "%s %s ± %.0f%% (the job's spread for a value of status %s)",
                    origin.describe(), plain(t.base()), spread * 100, key);
        }
        if (!t.loading() && (t.parameter() == SystemParameter.RELIABILITY
                || t.parameter() == SystemParameter.SURVIVABLE_SHARE)) {
            high = Math.min(high, 1);
        }
        if (!t.loading() && t.parameter() == SystemParameter.LAUNCHERS_PER_AIMPOINT) {
            low = Math.max(low, 1);
        }
        return new Range(low, high, why);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.4g", d);
    }

    private void check(Factor f, Target t, Distribution d, String system) {
        for (double v : new double[] {d.low(), d.high()}) {
            double x = f.relative() ? t.base() * v : v;
            String problem = t.loading() ? (x >= 0 ? null : "warheads_per_launcher must be >= 0, got " + x)
                    : t.parameter().problemWith(x);
            if (problem != null) {
                throw new JobException("vary '" + f.name() + "': draws " + x + " for " + system + ", but "
                        + problem);
            }
        }
    }

    private static boolean matchesParty(Factor f, Force side) {
        return f.party().equals("*") || f.party().equals(side.party().code());
    }

    private static FirstStrikeParams withStrike(FirstStrikeParams p, String name, double v) {
        return switch (name) {
            case "damage_exponent" -> new FirstStrikeParams(v, p.enemyWeight(), p.halfValueEmt(), p.reserve(),
                    p.resolution());
            case "enemy_weight" -> new FirstStrikeParams(p.damageExponent(), v, p.halfValueEmt(), p.reserve(),
                    p.resolution());
            case "half_value_emt" -> new FirstStrikeParams(p.damageExponent(), p.enemyWeight(), v, p.reserve(),
                    p.resolution());
            default -> p.withReserve(v);
        };
    }

    private final class StabilityWorker implements Worker {
        private Force rowA = a;
        private Force rowB = b;
        private FirstStrikeParams rowParams = params;
        private Engagement engagement = Engagement.between(a, b);

        @Override
        public void inputs(double[] values) {
            ForceSystem[][] systems = {a.systems().toArray(ForceSystem[]::new),
                b.systems().toArray(ForceSystem[]::new)};
            FirstStrikeParams p = params;
            for (int k = 0; k < values.length; k++) {
                boolean rel = relative.get(k);
                for (Target t : targets.get(k)) {
                    double v = rel ? t.base() * values[k] : values[k];
                    if (t.strike() != null) {
                        p = withStrike(p, t.strike(), v);
                    } else if (t.loading()) {
                        ForceSystem s = systems[t.side()][t.system()];
                        systems[t.side()][t.system()] = s.withCounts(s.launchers(), Math.round(v * s.launchers()));
                    } else {
                        ForceSystem s = systems[t.side()][t.system()];
                        systems[t.side()][t.system()] = new ForceSystem(s.profile().with(t.parameter(), v, DRAWN),
                                s.launchers(), s.warheads());
                    }
                }
            }
            rowA = new Force(a.party(), a.asOf(), List.of(systems[0]));
            rowB = new Force(b.party(), b.asOf(), List.of(systems[1]));
            rowParams = p;
            engagement = Engagement.between(rowA, rowB);
        }

        @Override
        public void compute(Object[] point, double[] out, String[] text) {
            ReductionRule rule = ruleAt < 0 ? ReductionRule.PROPORTIONAL : ReductionRule.parse((String) point[ruleAt]);
            long ceiling = ceilingAt < 0 ? Long.MAX_VALUE : (Long) point[ceilingAt];
            Force sa = ceilingAt < 0 && deliveryVehicles == null ? rowA
                    : Reduction.scale(rowA, ceiling, deliveryVehicles, rule);
            Force sb = ceilingAt < 0 && deliveryVehicles == null ? rowB
                    : Reduction.scale(rowB, ceiling, deliveryVehicles, rule);
            Assessment as = engagement.assess(sa, sb, rowParams);
            out[0] = sa.totalWarheads();
            out[1] = sb.totalWarheads();
            out[2] = as.survivorsA();
            out[3] = as.survivorsB();
            out[4] = as.ratioA();
            out[5] = as.ratioB();
            out[6] = as.index();
        }
    }
}
