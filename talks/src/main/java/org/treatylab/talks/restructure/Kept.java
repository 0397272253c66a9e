package org.treatylab.talks.restructure;

import java.util.Objects;
import org.treatylab.domain.Category;

/**
 * What a party keeps of one system under a treaty.
 *
 * @param deployed deployed launchers (with missiles) or bombers
 * @param nonDeployed launchers or bombers kept but not deployed
 * @param warheads warheads on the deployed missiles, or weapons on the deployed bombers
 */
public record Kept(String system, Category category, long deployed, long nonDeployed, long warheads) {
    public Kept {
        Objects.requireNonNull(system, "system");
        if (deployed < 0 || nonDeployed < 0 || warheads < 0) {
            throw new IllegalArgumentException(system + ": counts must be >= 0");
        }
    }
}
