package org.treatylab.app.talks;

import java.util.List;

/**
 * A delegation's forces restructured under a set of ceilings: per system deployed, non-deployed and warheads, and
 * the totals a treaty counts.
 */
public record RestructuredForces(List<KeptSystem> systems, long countedWarheads, long deployedLaunchers,
        long totalLaunchers) {
    public RestructuredForces {
        systems = List.copyOf(systems);
    }

    /** What is kept of one system. */
    public record KeptSystem(String system, long deployed, long nonDeployed, long warheads) {
    }
}
