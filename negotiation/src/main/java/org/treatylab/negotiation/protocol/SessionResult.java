package org.treatylab.negotiation.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.treatylab.negotiation.model.Outcome;

/**
 * How a session ended: the agreement (if any), the reason, the party at fault for a violation or failure, a
 * one-line detail, the round reached, the normalised time, the full trace, and each party's utility (of the
 * agreement, or its reservation value without one) both undiscounted and discounted by the time of the end.
 */
public record SessionResult(Optional<Outcome> agreement, EndReason reason, Optional<PartyId> culprit, String detail,
        int rounds, double time, List<PartyId> parties, List<Turn> trace, List<Double> utilities,
        List<Double> discountedUtilities) {
    public SessionResult {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(culprit, "culprit");
        Objects.requireNonNull(detail, "detail");
        parties = List.copyOf(parties);
        trace = List.copyOf(trace);
        utilities = List.copyOf(utilities);
        discountedUtilities = List.copyOf(discountedUtilities);
        if (agreement.isPresent() != (reason == EndReason.AGREEMENT)) {
            throw new IllegalArgumentException("an agreement goes with reason AGREEMENT and only with it, got "
                    + reason + " and " + agreement);
        }
    }

    public boolean isAgreement() {
        return agreement.isPresent();
    }
}
