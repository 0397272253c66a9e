package org.treatylab.stability.force;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatylab.domain.Category;
import org.treatylab.domain.forces.SystemParameter;
import org.treatylab.stability.effects.WeaponEffects;

/**
 * What the stability engine knows about one delivery system, independent of how many there are: its resolved
 * parameters, each with its origin. Scaled forces share their profiles, which lets an engagement reuse kill
 * probabilities computed once.
 */
public final class SystemProfile {
    /** The parameters the engine uses, in report order. */
    public static final List<SystemParameter> USED = List.of(SystemParameter.YIELD_KT, SystemParameter.CEP_M,
            SystemParameter.RELIABILITY, SystemParameter.HARDNESS_PSI, SystemParameter.SURVIVABLE_SHARE,
            SystemParameter.LAUNCHERS_PER_AIMPOINT);

    private final String name;
    private final Category category;
    private final String catalogueId;
    private final Map<SystemParameter, Resolved> parameters;
    private final Origin warheadsOrigin;
    private final double arrivingEmt;

    /**
     * @param catalogueId the matched catalogue entry, or null
     * @param parameters a value (possibly missing) for every parameter in {@link #USED}
     * @param warheadsOrigin where the warhead loading came from
     */
    public SystemProfile(String name, Category category, String catalogueId, Map<SystemParameter, Resolved> parameters,
            Origin warheadsOrigin) {
        this.name = Objects.requireNonNull(name, "name");
        this.category = Objects.requireNonNull(category, "category");
        this.catalogueId = catalogueId;
        this.warheadsOrigin = Objects.requireNonNull(warheadsOrigin, "warheadsOrigin");
        EnumMap<SystemParameter, Resolved> copy = new EnumMap<>(SystemParameter.class);
        for (SystemParameter p : USED) {
            Resolved r = parameters.get(p);
            if (r == null) {
                throw new IllegalArgumentException(name + ": no entry for " + p.column() + " (use Resolved.missing())");
            }
            if (r.isPresent() && p.problemWith(r.value()) != null) {
                throw new IllegalArgumentException(name + ": " + p.problemWith(r.value()));
            }
            copy.put(p, r);
        }
        for (SystemParameter p : new SystemParameter[] {SystemParameter.RELIABILITY, SystemParameter.HARDNESS_PSI,
            SystemParameter.SURVIVABLE_SHARE, SystemParameter.LAUNCHERS_PER_AIMPOINT}) {
            if (!copy.get(p).isPresent()) {
                throw new IllegalArgumentException(name + ": " + p.column() + " is required (category defaults "
                        + "supply it when nothing else does)");
            }
        }
        this.parameters = Collections.unmodifiableMap(copy);
        Resolved y = copy.get(SystemParameter.YIELD_KT);
        this.arrivingEmt = y.isPresent() ? reliability() * WeaponEffects.equivalentMegatons(y.value()) : 0;
    }

    public String name() {
        return name;
    }

    public Category category() {
        return category;
    }

    /** The catalogue entry the system was matched to, or null. */
    public String catalogueId() {
        return catalogueId;
    }

    public Map<SystemParameter, Resolved> parameters() {
        return parameters;
    }

    public Resolved parameter(SystemParameter p) {
        Resolved r = parameters.get(p);
        if (r == null) {
            throw new IllegalArgumentException(p.column() + " is not used by the stability engine");
        }
        return r;
    }

    public Origin warheadsOrigin() {
        return warheadsOrigin;
    }

    public double yieldKt() {
        return parameters.get(SystemParameter.YIELD_KT).value();
    }

    public double cepM() {
        return parameters.get(SystemParameter.CEP_M).value();
    }

    public double reliability() {
        return parameters.get(SystemParameter.RELIABILITY).value();
    }

    public double hardnessPsi() {
        return parameters.get(SystemParameter.HARDNESS_PSI).value();
    }

    public double survivableShare() {
        return parameters.get(SystemParameter.SURVIVABLE_SHARE).value();
    }

    public double launchersPerAimpoint() {
        return parameters.get(SystemParameter.LAUNCHERS_PER_AIMPOINT).value();
    }

    /**
     * True when the system's warheads can be used in a counterforce strike: ballistic missiles with a yield and a CEP.
     * Bombers are kept out of the first strike because they take hours to arrive (the classic exchange-model choice).
     */
    public boolean counterforceCapable() {
        return category.isBallisticMissile() && parameters.get(SystemParameter.YIELD_KT).isPresent()
                && parameters.get(SystemParameter.CEP_M).isPresent();
    }

    /** Equivalent megatons one warhead of this system delivers on average: reliability · Y[Mt]^(2/3); 0 without yield. */
    public double arrivingEmt() {
        return arrivingEmt;
    }

    /** A copy with one parameter replaced by a scenario value. */
    public SystemProfile with(SystemParameter p, double value, String why) {
        EnumMap<SystemParameter, Resolved> m = new EnumMap<>(parameters);
        m.put(p, new Resolved(value, new Origin(Origin.Kind.SCENARIO, why, null, "")));
        return new SystemProfile(name, category, catalogueId, m, warheadsOrigin);
    }

    @Override
    public String toString() {
        return name + " (" + category + ")";
    }
}
