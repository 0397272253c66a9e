package org.treatylab.stability.force;

import java.util.Objects;

/**
 * One system of a force: its profile, its deployed launchers (or bombers) and the warheads they carry.
 *
 * <p>For bombers, {@code warheads} are the weapons the model loads on them, not a treaty's counting of them.
 */
public record ForceSystem(SystemProfile profile, long launchers, long warheads) {

    public ForceSystem {
        Objects.requireNonNull(profile, "profile");
        if (launchers < 0 || warheads < 0) {
            throw new IllegalArgumentException(profile.name() + ": launchers and warheads must be >= 0, got "
                    + launchers + " and " + warheads);
        }
        if (launchers == 0 && warheads > 0) {
            throw new IllegalArgumentException(profile.name() + ": " + warheads + " warheads on no launchers");
        }
    }

    /** Average warheads per launcher (0 for a system without launchers). */
    public double warheadsPerLauncher() {
        return launchers == 0 ? 0 : (double) warheads / launchers;
    }

    /** The warheads {@code n} of this system's launchers carry at its loading, rounded to whole warheads. */
    public long warheadsOn(long n) {
        if (n < 0 || n > launchers) {
            throw new IllegalArgumentException(profile.name() + ": launchers must be within [0, " + launchers
                    + "], got " + n);
        }
        return n == launchers ? warheads : Math.round((double) warheads * n / launchers);
    }

    public ForceSystem withCounts(long newLaunchers, long newWarheads) {
        return new ForceSystem(profile, newLaunchers, newWarheads);
    }
}
