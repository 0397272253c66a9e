package org.treatylab.app.ledger;

import java.util.List;

/**
 * An inspector's finding at a revealed facility.
 *
 * @param entry the ledger entry that records it
 * @param verdict consistent or discrepancies
 * @param issues one line per undeclared, misdeclared or missing item or failed opening
 */
public record FindingView(String inspector, String of, String facility, long entry, long revealEntry, int revealed,
        int found, String verdict, List<String> issues) {
    public FindingView {
        issues = List.copyOf(issues);
    }

    public boolean consistent() {
        return issues.isEmpty();
    }
}
