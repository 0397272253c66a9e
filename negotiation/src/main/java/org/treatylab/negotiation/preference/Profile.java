package org.treatylab.negotiation.preference;

import java.util.Objects;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;

/**
 * One party's preferences: its utility function, its reservation value (what it gets without agreement) and its
 * discount factor d in (0, 1]: an agreement of utility u reached at normalised time t in [0, 1] is worth u * d^t
 * (as in GENIUS; d = 1 means no discounting).
 */
public record Profile(String name, UtilityFunction utility, double reservation, double discount) {
    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(utility, "utility");
        if (!Double.isFinite(reservation)) {
            throw new IllegalArgumentException("profile '" + name + "' reservation: expected a finite number, got "
                    + reservation);
        }
        if (!(discount > 0 && discount <= 1)) {
            throw new IllegalArgumentException("profile '" + name + "' discount: expected a number in (0, 1], got "
                    + discount);
        }
    }

    /** Undiscounted preferences with reservation value 0. */
    public static Profile of(String name, UtilityFunction utility) {
        return new Profile(name, utility, 0, 1);
    }

    public Domain domain() {
        return utility.domain();
    }

    public double utility(Outcome o) {
        return utility.utility(o);
    }

    /** {@code u * discount^time}, time in [0, 1]. */
    public double discounted(double u, double time) {
        return discount == 1 ? u : u * Math.pow(discount, Math.max(0, Math.min(1, time)));
    }

    /** The same preferences under another name. */
    public Profile named(String newName) {
        return new Profile(newName, utility, reservation, discount);
    }
}
