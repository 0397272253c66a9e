package org.treatylab.app.negotiation;

import java.util.List;

/** A shipped negotiation scenario: its issues, profiles and reservation values. */
public record NegotiationScenarioView(String name, String domain, long outcomes, List<IssueSpec> issues,
        List<String> profiles, List<Double> reservations) {
    public NegotiationScenarioView {
        issues = List.copyOf(issues);
        profiles = List.copyOf(profiles);
        reservations = List.copyOf(reservations);
    }
}
