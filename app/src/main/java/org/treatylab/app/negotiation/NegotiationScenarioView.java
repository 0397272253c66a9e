package org.treatylab.app.negotiation;

import java.util.List;

/**
 * A negotiation scenario: its issues, profiles and reservation values.
 *
 * @param notices what reading its files noticed (weights normalised, files skipped); empty for shipped ones
 */
public record NegotiationScenarioView(String name, String domain, long outcomes, List<IssueSpec> issues,
        List<String> profiles, List<Double> reservations, List<String> notices) {
    public NegotiationScenarioView {
        issues = List.copyOf(issues);
        profiles = List.copyOf(profiles);
        reservations = List.copyOf(reservations);
        notices = List.copyOf(notices);
    }
}
