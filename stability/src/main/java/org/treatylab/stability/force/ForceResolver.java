package org.treatylab.stability.force;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatylab.domain.InputException;
import org.treatylab.domain.SourcedValue;
import org.treatylab.domain.forces.Catalogue;
import org.treatylab.domain.forces.DeliverySystemType;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;
import org.treatylab.domain.forces.SystemParameter;

/**
 * Turns a posture into a {@link Force}: counts from the posture, parameters by the resolution order
 * posture-row column &gt; catalogue entry (same party, name or alias, era nearest the posture date) &gt; the
 * category default of {@link CategoryDefaults} (an assumption) &gt; missing.
 *
 * <p>Warheads, row before catalogue: for missiles the row's {@code warheads}/{@code warheads_total}, else
 * {@code warheads_per_launcher} (row, then catalogue) times the deployed missiles. For bombers the row's
 * {@code weapons_per_bomber}, else its {@code warheads_per_launcher}, else the ALCMs the row says the bomber is
 * equipped for (loaded to capacity), else the catalogue's {@code warheads_per_launcher}. A system with deployed
 * items and none of these is an input error naming the row.
 */
public final class ForceResolver {
    private ForceResolver() {
    }

    /** Resolves against the shipped catalogue. */
    public static Force resolve(Posture posture) {
        return resolve(posture, Catalogue.shipped());
    }

    /**
     * Resolves a posture. An undated posture is matched to the most recent era of the catalogue.
     *
     * @throws InputException naming the row when a system's warheads cannot be determined
     */
    public static Force resolve(Posture posture, Catalogue catalogue) {
        int year = posture.asOf() != null ? posture.asOf().getYear()
                : catalogue.eras().isEmpty() ? 0 : catalogue.eras().get(catalogue.eras().size() - 1);
        List<ForceSystem> systems = new ArrayList<>();
        for (PostureRow row : posture.rows()) {
            DeliverySystemType type = catalogue.find(posture.party(), row.system(), year).orElse(null);
            Map<SystemParameter, Resolved> params = new EnumMap<>(SystemParameter.class);
            for (SystemParameter p : SystemProfile.USED) {
                params.put(p, resolve(row, type, p));
            }
            Warheads w = warheads(row, type);
            SystemProfile profile = new SystemProfile(row.system(), row.category(), type == null ? null : type.id(),
                    params, w.origin());
            systems.add(new ForceSystem(profile, row.deployed(), w.count()));
        }
        return new Force(posture.party(), posture.asOf(), systems);
    }

    static Resolved resolve(PostureRow row, DeliverySystemType type, SystemParameter p) {
        Double own = row.overrides().get(p);
        if (own != null) {
            return new Resolved(own, new Origin(Origin.Kind.POSTURE_ROW, row.origin(), null, ""));
        }
        Optional<SourcedValue> cat = type == null ? Optional.empty() : type.parameter(p);
        if (cat.isPresent()) {
            return fromCatalogue(type, cat.get());
        }
        return CategoryDefaults.of(row.category(), p).orElseGet(Resolved::missing);
    }

    private static Resolved fromCatalogue(DeliverySystemType type, SourcedValue v) {
        String note = v.source().isEmpty() ? v.note() : v.note().isEmpty() ? v.source() : v.source() + ": " + v.note();
        return new Resolved(v.value(), new Origin(Origin.Kind.CATALOGUE, type.id(), v.status(), note));
    }

    private static Warheads warheads(PostureRow row, DeliverySystemType type) {
        if (row.category().isBallisticMissile()) {
            Optional<Long> rv = row.reentryVehicles();
            if (rv.isPresent()) {
                String col = row.warheadsTotal() != null ? "warheads_total" : "warheads";
                return new Warheads(rv.get(), new Origin(Origin.Kind.POSTURE_ROW, row.origin() + " (" + col + ")",
                        null, ""));
            }
        } else if (row.weaponsPerBomber() != null) {
            return new Warheads(Math.multiplyExact(row.weaponsPerBomber(), row.deployed()),
                    new Origin(Origin.Kind.POSTURE_ROW, row.origin() + " (weapons_per_bomber)", null, ""));
        }
        Double ownLoading = row.overrides().get(SystemParameter.WARHEADS_PER_LAUNCHER);
        if (ownLoading != null) {
            return new Warheads(Math.round(ownLoading * row.deployed()), new Origin(Origin.Kind.POSTURE_ROW,
                    row.origin() + " (warheads_per_launcher)", null, ""));
        }
        if (row.category().isBomber() && row.alcmEquipped() != null && row.alcmEquipped() > 0) {
            return new Warheads(Math.multiplyExact(row.alcmEquipped(), row.deployed()),
                    new Origin(Origin.Kind.POSTURE_ROW, row.origin() + " (alcm_equipped: loaded to capacity)", null,
                            ""));
        }
        Resolved perLauncher = resolve(row, type, SystemParameter.WARHEADS_PER_LAUNCHER);
        if (perLauncher.isPresent()) {
            return new Warheads(Math.round(perLauncher.value() * row.deployed()), perLauncher.origin());
        }
        if (row.deployed() == 0) {
            return new Warheads(0, new Origin(Origin.Kind.POSTURE_ROW, row.origin() + " (nothing deployed)", null, ""));
        }
        String give = row.category().isBomber() ? "'weapons_per_bomber' or 'warheads_per_launcher'"
                : "'warheads', 'warheads_total' or 'warheads_per_launcher'";
        throw new InputException(row.origin() + ": the stability engine needs the warheads of '" + row.system()
                + "'; give " + give + " (the catalogue has no loading for it)");
    }

    private record Warheads(long count, Origin origin) {
    }
}
