package org.treatylab.negotiation.io;

import java.util.List;
import java.util.Objects;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.Profile;

/**
 * A domain and the profiles of its parties, as read from files, with the notices reading gave (weights normalised,
 * files skipped): one line each, for the caller to show; none when the files were read as they are.
 */
public record Scenario(String name, Domain domain, List<Profile> profiles, List<String> notices) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        profiles = List.copyOf(profiles);
        notices = List.copyOf(notices);
        for (Profile p : profiles) {
            if (!p.domain().equals(domain)) {
                throw new IllegalArgumentException("profile '" + p.name() + "' is not for domain '" + domain.name()
                        + "'");
            }
        }
    }

    /** A scenario with no notices. */
    public Scenario(String name, Domain domain, List<Profile> profiles) {
        this(name, domain, profiles, List.of());
    }
}
