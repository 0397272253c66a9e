package org.treatylab.stability.force;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.SystemParameter;

/**
 * A party's strategic forces as the stability engine sees them: systems with resolved parameters and counts.
 *
 * <p>Build one from a posture with {@link ForceResolver}; derive smaller ones with {@link Reduction}. Derived forces
 * keep the same {@link SystemProfile} objects in the same order.
 *
 * @param asOf the posture date, or null
 */
public record Force(Party party, LocalDate asOf, List<ForceSystem> systems) {

    public Force {
        Objects.requireNonNull(party, "party");
        systems = List.copyOf(systems);
        Set<String> names = new HashSet<>();
        for (ForceSystem s : systems) {
            if (!names.add(s.profile().name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("system '" + s.profile().name() + "' listed twice for " + party);
            }
        }
    }

    public long totalWarheads() {
        long t = 0;
        for (ForceSystem s : systems) {
            t += s.warheads();
        }
        return t;
    }

    /** Deployed delivery vehicles: launchers with missiles, and bombers. */
    public long totalLaunchers() {
        long t = 0;
        for (ForceSystem s : systems) {
            t += s.launchers();
        }
        return t;
    }

    public int size() {
        return systems.size();
    }

    public ForceSystem system(int i) {
        return systems.get(i);
    }

    /** The index of the system named {@code name} (case ignored). */
    public int indexOf(String name) {
        for (int i = 0; i < systems.size(); i++) {
            if (systems.get(i).profile().name().equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no system '" + name + "' in the force of " + party + " (systems: "
                + systems.stream().map(s -> s.profile().name()).toList() + ")");
    }

    /** True when both forces list the same profile objects in the same order (one derived from the other). */
    public boolean sharesProfilesWith(Force other) {
        if (other == this) {
            return true;
        }
        if (other.systems.size() != systems.size()) {
            return false;
        }
        for (int i = 0; i < systems.size(); i++) {
            if (systems.get(i).profile() != other.systems.get(i).profile()) {
                return false;
            }
        }
        return true;
    }

    /** A copy with system {@code i} replaced. */
    public Force with(int i, ForceSystem s) {
        List<ForceSystem> copy = new ArrayList<>(systems);
        copy.set(i, s);
        return new Force(party, asOf, copy);
    }

    /**
     * A copy in which one system's parameter takes a scenario value (the top of the resolution order). The copy has
     * a new profile for that system, so it no longer shares profiles with this force.
     */
    public Force override(String systemName, SystemParameter p, double value) {
        int i = indexOf(systemName);
        ForceSystem s = systems.get(i);
        return with(i, new ForceSystem(s.profile().with(p, value, "set for this run"), s.launchers(), s.warheads()));
    }
}
