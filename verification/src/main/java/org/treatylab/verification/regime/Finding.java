package org.treatylab.verification.regime;

import java.util.List;
import org.treatylab.domain.Party;

/**
 * An inspection's result: what the inspector found at a facility against what the party revealed there.
 *
 * @param issues one line per discrepancy (undeclared, misdeclared, missing item, opening that fails its proof)
 */
public record Finding(long seq, Party inspector, Party of, String facility, long revealSeq, long exchangeSeq,
        int revealed, int found, List<String> issues) {
    public Finding {
        issues = List.copyOf(issues);
    }

    public boolean consistent() {
        return issues.isEmpty();
    }

    public String verdict() {
        return consistent() ? "consistent" : "discrepancies";
    }
}
