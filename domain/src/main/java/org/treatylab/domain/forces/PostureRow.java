package org.treatylab.domain.forces;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;

/**
 * One system's counts in a posture: the four disjoint sets of items and what they carry.
 *
 * @param deployed deployed missiles with their launchers, or deployed bombers
 * @param nonDeployed launchers without missiles, or non-deployed bombers
 * @param test test launchers or test bombers
 * @param converted items converted so that they no longer count
 * @param warheads re-entry vehicles actually emplaced on each deployed missile, or null
 * @param warheadsTotal the same as a total for the system's deployed missiles, or null
 * @param attribution START I warheads attributed per missile, or null (then {@code warheads})
 * @param alcmEquipped long-range nuclear ALCMs a bomber is equipped for (0 = not ALCM-equipped), or null
 * @param weaponsPerBomber nuclear weapons assigned to a deployed bomber, or null
 * @param overrides per-row values of catalogue parameters (e.g. {@code yield_kt})
 * @param origin where the row came from, for error messages ("file line N")
 */
public record PostureRow(Party party, String system, Category category, long deployed, long nonDeployed, long test,
        long converted, Long warheads, Long warheadsTotal, Long attribution, Long alcmEquipped, Long weaponsPerBomber,
        LocalDate asOf, Map<SystemParameter, Double> overrides, String note, String origin) {

    public PostureRow {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(category, "category");
        String at = (origin == null ? system : origin) + ": ";
        requireCount(at + "deployed", deployed);
        requireCount(at + "non_deployed", nonDeployed);
        requireCount(at + "test", test);
        requireCount(at + "converted", converted);
        String[] names = {"warheads", "warheads_total", "attribution", "alcm_equipped", "weapons_per_bomber"};
        Long[] values = {warheads, warheadsTotal, attribution, alcmEquipped, weaponsPerBomber};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                requireCount(at + names[i], values[i]);
            }
        }
        overrides = Map.copyOf(overrides);
        note = note == null ? "" : note;
        origin = origin == null ? system : origin;
    }

    /** A plain row with deployed items only, as built in code and tests. */
    public static PostureRow deployed(Party party, String system, Category category, long deployed, Long warheads) {
        return new PostureRow(party, system, category, deployed, 0, 0, 0, warheads, null, null, null, null, null,
                Map.of(), "", null);
    }

    /**
     * The largest count a row holds (a billion: far above any arsenal), so that a product of two counts fits a
     * {@code long}; sums of rows are exact and fail naming the row when they would not fit.
     */
    public static final long MAX_COUNT = org.treatylab.domain.io.CsvTable.MAX_COUNT;

    private static void requireCount(String field, long v) {
        if (v < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + v);
        }
        if (v > MAX_COUNT) {
            throw new IllegalArgumentException(field + " is " + v + ", above the largest count accepted (" + MAX_COUNT
                    + ")");
        }
    }

    /** Re-entry vehicles on the deployed missiles of this row, if the row says. */
    public Optional<Long> reentryVehicles() {
        if (warheadsTotal != null) {
            return Optional.of(warheadsTotal);
        }
        return warheads == null ? Optional.empty() : Optional.of(Math.multiplyExact(warheads, deployed));
    }

    /** START I attribution per missile: the {@code attribution} column, else {@code warheads}. */
    public Optional<Long> attributionPerMissile() {
        return Optional.ofNullable(attribution != null ? attribution : warheads);
    }

    /** Deployed plus non-deployed launchers or bombers (test and converted items excluded). */
    public long launchers() {
        return Math.addExact(deployed, nonDeployed);
    }

    /** A copy with other counts of deployed and non-deployed items and re-entry vehicles scaled to match. */
    public PostureRow withCounts(long newDeployed, long newNonDeployed) {
        Long total = warheadsTotal;
        if (total != null && deployed > 0) {
            // round half up of total x newDeployed / deployed, exactly
            java.math.BigInteger twice = java.math.BigInteger.valueOf(total).multiply(java.math.BigInteger.valueOf(
                    newDeployed)).shiftLeft(1).add(java.math.BigInteger.valueOf(deployed));
            total = twice.divide(java.math.BigInteger.valueOf(deployed).shiftLeft(1)).longValueExact();
        } else if (total != null) {
            total = 0L;
        }
        return new PostureRow(party, system, category, newDeployed, newNonDeployed, test, converted, warheads, total,
                attribution, alcmEquipped, weaponsPerBomber, asOf, overrides, note, origin);
    }
}
