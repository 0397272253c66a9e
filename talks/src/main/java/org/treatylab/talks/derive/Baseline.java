package org.treatylab.talks.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Catalogue;
import org.treatylab.domain.forces.DeliverySystemType;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;
import org.treatylab.talks.restructure.Holding;
import org.treatylab.talks.restructure.Inventory;
import org.treatylab.talks.restructure.Objective;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Delegation;
import org.treatylab.talks.scenario.Parameter;

/**
 * A party's projected no-treaty baseline: its posture carried to the horizon of the limits by the delegation's
 * sourced projection (scheduled retirements and deployments), and what it can restructure from there.
 */
public final class Baseline {
    private Baseline() {
    }

    /**
     * The posture at the horizon: each row with its projected counts (a system the projection does not name stays as
     * it is), and the projection's new systems appended.
     *
     * @throws InputException when a projection line names no system of the posture and gives no category
     */
    public static Posture project(Posture posture, Delegation d) {
        List<PostureRow> rows = new ArrayList<>();
        Set<Delegation.Projection> used = new HashSet<>();
        for (PostureRow r : posture.rows()) {
            Optional<Delegation.Projection> line = d.projection().stream()
                    .filter(p -> p.category() == null && matches(posture, r.system(), p.system())).findFirst();
            if (line.isEmpty()) {
                rows.add(r);
                continue;
            }
            Delegation.Projection p = line.get();
            used.add(p);
            long nd = p.nonDeployed() == null ? r.nonDeployed() : p.nonDeployed();
            Long total = null;
            Long per = r.warheads();
            if (r.category().isBallisticMissile()) {
                double loading = p.loading() != null ? p.loading()
                        : r.deployed() == 0 ? 0 : (double) r.reentryVehicles().orElse(0L) / r.deployed();
                total = Math.round(loading * p.deployed());
                per = null;
            }
            rows.add(new PostureRow(r.party(), r.system(), r.category(), p.deployed(), nd, r.test(), r.converted(), per,
                    total, r.attribution(), r.alcmEquipped(), r.weaponsPerBomber(), r.asOf(), r.overrides(),
                    "projected: " + p.source(), r.origin()));
        }
        for (Delegation.Projection p : d.projection()) {
            if (p.category() == null) {
                if (!used.contains(p)) {
                    throw new InputException("delegation " + d.party() + ": project." + p.system()
                            + " names no system of its posture (give a category to add a new system)");
                }
                continue;
            }
            Category c = Category.valueOf(p.category());
            long nd = p.nonDeployed() == null ? 0 : p.nonDeployed();
            Long total = c.isBallisticMissile() ? Math.round(p.loading() * p.deployed()) : null;
            Long perBomber = c.isBomber() && p.loading() != null ? Math.round(p.loading()) : null;
            rows.add(new PostureRow(d.party(), p.system(), c, p.deployed(), nd, 0, 0, null, total, null, null,
                    perBomber, posture.asOf(), Map.of(), "projected: " + p.source(), "project." + p.system()));
        }
        return new Posture(posture.party(), posture.asOf(), rows);
    }

    /** True when {@code key} names the posture's system: its name, or a name or alias of its catalogue type. */
    static boolean matches(Posture posture, String system, String key) {
        if (system.trim().equalsIgnoreCase(key.trim())) {
            return true;
        }
        int year = posture.asOf() == null ? 2009 : posture.asOf().getYear();
        Optional<DeliverySystemType> t = Catalogue.shipped().find(posture.party(), system, year);
        return t.isPresent() && t.get().isNamed(key);
    }

    /** The delegation's upload capacity for a system, or null when it gives none. */
    static Integer capacity(Posture posture, Delegation d, String system) {
        for (Map.Entry<String, Parameter> e : d.capacities().entrySet()) {
            if (matches(posture, system, e.getKey())) {
                return e.getValue().whole();
            }
        }
        return null;
    }

    /**
     * What the party can restructure: per system of the projected force, its deployed and held launchers, loading
     * bounds (one warhead up to its capacity; without a stated capacity, no upload beyond today's loading, and none
     * at all from launchers of a type with nothing deployed, whose missiles may no longer exist), the
     * survival share of its warheads against the other sides' projected forces, and its cost.
     *
     * @param survival per system index of {@code force}, the share of its warheads surviving (in [0, 1])
     */
    public static Inventory inventory(Posture projected, Force force, Delegation d, double[] survival) {
        List<Holding> hs = new ArrayList<>();
        for (int j = 0; j < force.size(); j++) {
            ForceSystem s = force.system(j);
            String name = s.profile().name();
            PostureRow row = projected.rows().stream().filter(r -> r.system().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no posture row for " + name));
            Category c = s.profile().category();
            long nd = row.nonDeployed();
            int loading = s.launchers() == 0 ? 1 : (int) Math.ceil((double) s.warheads() / s.launchers() - 1e-9);
            Integer cap = capacity(projected, d, name);
            int capacity;
            if (c.isBomber()) {
                capacity = s.launchers() == 0 ? (row.weaponsPerBomber() == null ? 0 : row.weaponsPerBomber().intValue())
                        : (int) Math.round((double) s.warheads() / s.launchers());
            } else if (s.launchers() == 0 && cap == null) {
                capacity = 0;
            } else {
                capacity = Math.max(cap == null ? loading : cap, Math.max(1, loading));
            }
            double cost = d.parameter("cost." + c.name());
            hs.add(new Holding(name, c, s.launchers(), s.launchers() + nd, c.isBomber() || capacity == 0 ? 0 : 1,
                    capacity, Math.max(0, Math.min(1, survival[j])), cost));
        }
        return new Inventory(force.party(), hs);
    }

    /** The delegation's restructuring objective: its normalised weights on its own force criteria. */
    public static Objective objective(Delegation d) {
        return new Objective(d.weight(Criterion.SURVIVABILITY), d.parameter("survivability.requirement"),
                d.weight(Criterion.UPLOAD_HEDGE), d.parameter("upload.hedge_reference"),
                d.weight(Criterion.FORCE_COST), d.parameter("cost.non_deployed_share"), d.parameter("cost.warhead"));
    }

    static String key(Party p, String name) {
        return p.code() + "/" + name.toLowerCase(Locale.ROOT);
    }
}
