package org.treatylab.negotiation.io;

import java.util.List;
import java.util.Objects;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.Profile;

/** A domain and the profiles of its parties, as read from files. */
public record Scenario(String name, Domain domain, List<Profile> profiles) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        profiles = List.copyOf(profiles);
        for (Profile p : profiles) {
            if (!p.domain().equals(domain)) {
                throw new IllegalArgumentException("profile '" + p.name() + "' is not for domain '" + domain.name()
                        + "'");
            }
        }
    }
}
