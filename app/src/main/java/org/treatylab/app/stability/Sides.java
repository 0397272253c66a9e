package org.treatylab.app.stability;

import java.time.LocalDate;
import java.util.List;
import org.treatylab.app.foundation.Inputs;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.stability.Stability;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;

/**
 * The two sides of an exchange or sweep, picked from postures the same way for every edge: a file may hold both
 * parties (the shipped {@code us-russia-2009} does); side A takes the party asked for, else its file's first party;
 * side B the party asked for, else the first party of its file that is not side A's. Which posture of a party applies
 * on a date is {@link Postures#inEffect}'s rule.
 */
record Sides(Force a, String sourceA, Force b, String sourceB) {

    static Sides pick(Inputs inputs, Side a, Side b, LocalDate date, StabilityLimits limits) {
        List<Posture> pa = inputs.postures(a.postures());
        List<Posture> pb = b.postures().equals(a.postures()) ? pa : inputs.postures(b.postures());
        String sa = a.postures().source();
        String sb = b.postures().source();
        if (pa.isEmpty() || pb.isEmpty()) {
            throw new InputException((pa.isEmpty() ? sa : sb) + ": no posture rows");
        }
        Party partyA = a.party() != null ? a.party() : pa.get(0).party();
        Party partyB = b.party() != null ? b.party() : pb.stream().map(Posture::party).filter(p -> !p.equals(partyA))
                .findFirst().orElse(pb.get(0).party());
        Sides s = new Sides(Stability.force(Postures.inEffect(pa, partyA, date, sa)), sa,
                Stability.force(Postures.inEffect(pb, partyB, date, sb)), sb);
        bounded(s.a(), limits);
        bounded(s.b(), limits);
        return s;
    }

    private static void bounded(Force f, StabilityLimits limits) {
        if (f.size() > limits.maxSystemsPerSide()) {
            throw new InputException(f.party() + " has " + f.size() + " systems; at most " + limits.maxSystemsPerSide()
                    + " per side are accepted");
        }
        long warheads = 0;
        long vehicles = 0;
        for (ForceSystem s : f.systems()) {
            // Checked per system first so that a huge row cannot overflow the totals.
            if (s.warheads() > limits.maxWarheadsPerSide() || s.launchers() > limits.maxVehiclesPerSide()) {
                throw tooLarge(f, s.profile().name() + " alone has " + s.launchers() + " launchers and "
                        + s.warheads() + " warheads", limits);
            }
            warheads += s.warheads();
            vehicles += s.launchers();
        }
        if (warheads > limits.maxWarheadsPerSide() || vehicles > limits.maxVehiclesPerSide()) {
            throw tooLarge(f, "it has " + vehicles + " delivery vehicles and " + warheads + " warheads", limits);
        }
    }

    private static InputException tooLarge(Force f, String what, StabilityLimits limits) {
        return new InputException("the posture of " + f.party() + " is too large to assess here: " + what
                + " (at most " + limits.maxWarheadsPerSide() + " warheads and " + limits.maxVehiclesPerSide()
                + " delivery vehicles per side)");
    }

    /**
     * "US: us-russia-2009 as of 2009-01-01, 2,172 weapons on deployed forces (what the exchange model uses) on 882
     * deployed delivery vehicles": the total named in the one vocabulary of force totals, since a treaty's count of
     * the same forces differs (bomber weapons).
     */
    static String describe(Force f, String source) {
        return String.format("%s: %s%s, %,d weapons on deployed forces (what the exchange model uses) on %,d deployed"
                + " delivery vehicles", f.party(), source,
                f.asOf() == null ? "" : " as of " + f.asOf(), f.totalWarheads(), f.totalLaunchers());
    }

    List<String> described() {
        return List.of(describe(a, sourceA), describe(b, sourceB));
    }
}
