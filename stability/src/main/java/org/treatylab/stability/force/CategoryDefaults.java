package org.treatylab.stability.force;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.treatylab.domain.Category;
import org.treatylab.domain.Status;
import org.treatylab.domain.forces.SystemParameter;

/**
 * The last rung of the resolution order: a default per category for the survivability and reliability parameters
 * that no source gives. Every one is an assumption (a modelling choice), written here with its rationale.
 *
 * <p>Yield and CEP have no default: a missile without them cannot strike counterforce (and a warhead without a
 * yield does no damage to value), and reports say so, rather than invent a figure.
 */
public final class CategoryDefaults {
    private static final String RELIABILITY = "round figure of the kind used in open counterforce studies; no "
            + "published reliability for any system is in TreatyLab's sources";
    private static final Map<Category, Map<SystemParameter, Default>> DEFAULTS = new EnumMap<>(Category.class);

    static {
        Default silo = new Default(2000, "hardened silo: a round figure of the order open-literature studies use for "
                + "ICBM silos; not from a source");
        Default oneSilo = new Default(1, "one silo per aim point");
        Default allTargetable = new Default(0, "silo locations are known: every silo can be targeted");
        for (Category c : new Category[] {Category.ICBM, Category.HEAVY_ICBM}) {
            put(c, SystemParameter.HARDNESS_PSI, silo);
            put(c, SystemParameter.SURVIVABLE_SHARE, allTargetable);
            put(c, SystemParameter.LAUNCHERS_PER_AIMPOINT, oneSilo);
        }
        put(Category.MOBILE_ICBM, SystemParameter.HARDNESS_PSI, new Default(10,
                "launchers in garrison shelters are soft targets; modelling choice"));
        put(Category.MOBILE_ICBM, SystemParameter.SURVIVABLE_SHARE, new Default(0.25,
                "day-to-day alert: about a quarter of road-mobile launchers taken as dispersed on patrol; modelling "
                        + "choice"));
        put(Category.MOBILE_ICBM, SystemParameter.LAUNCHERS_PER_AIMPOINT, new Default(9,
                "one garrison per aim point, a regiment of nine launchers; modelling choice"));
        put(Category.SLBM, SystemParameter.HARDNESS_PSI, new Default(10,
                "a submarine in port is a soft target; modelling choice"));
        put(Category.SLBM, SystemParameter.SURVIVABLE_SHARE, new Default(0.5,
                "day-to-day alert: half the missiles taken as at sea on patrol; modelling choice"));
        put(Category.SLBM, SystemParameter.LAUNCHERS_PER_AIMPOINT, new Default(16,
                "one submarine in port per aim point, 16 tubes; modelling choice"));
        put(Category.HEAVY_BOMBER, SystemParameter.HARDNESS_PSI, new Default(5,
                "aircraft on the ground are soft targets; modelling choice"));
        put(Category.HEAVY_BOMBER, SystemParameter.SURVIVABLE_SHARE, new Default(0,
                "no bombers on day-to-day alert: all can be caught on their bases; modelling choice"));
        put(Category.HEAVY_BOMBER, SystemParameter.LAUNCHERS_PER_AIMPOINT, new Default(20,
                "the bombers of one type at one base share an aim point; 20 a round modelling choice"));
        for (Category c : Category.values()) {
            put(c, SystemParameter.RELIABILITY, new Default(0.8, RELIABILITY));
        }
    }

    private CategoryDefaults() {
    }

    private static void put(Category c, SystemParameter p, Default d) {
        DEFAULTS.computeIfAbsent(c, k -> new EnumMap<>(SystemParameter.class)).put(p, d);
    }

    /** The default of {@code p} for category {@code c}, if TreatyLab documents one. */
    public static Optional<Resolved> of(Category c, SystemParameter p) {
        Default d = DEFAULTS.getOrDefault(c, Map.of()).get(p);
        return d == null ? Optional.empty()
                : Optional.of(new Resolved(d.value(), new Origin(Origin.Kind.CATEGORY_DEFAULT, c.name(),
                        Status.ASSUMPTION, d.rationale())));
    }

    private record Default(double value, String rationale) {
    }
}
