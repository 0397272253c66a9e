package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A party's posture on a date, row by row, with its totals.
 *
 * @param asOf the date the counts describe, or null
 */
public record PostureView(String party, LocalDate asOf, List<PostureRowView> rows, PostureTotals totals) {
    public PostureView {
        rows = List.copyOf(rows);
    }

    /**
     * One system's counts.
     *
     * @param warheadsTotal re-entry vehicles on the deployed missiles, or null when not given
     * @param attribution START I warheads attributed per missile, or null
     * @param overrides catalogue parameters the row overrides, by column name
     */
    public record PostureRowView(String system, String category, long deployed, long nonDeployed, long test, long converted,
            Long warheadsTotal, Long attribution, Long alcmEquipped, Long weaponsPerBomber, Map<String, Double> overrides,
            String note) {
        public PostureRowView {
            overrides = Copies.ordered(overrides);
        }
    }

    /**
     * PostureTotals of the rows.
     *
     * @param deployedVehicles deployed delivery vehicles
     * @param launchers deployed and non-deployed launchers
     * @param missileWarheads re-entry vehicles on deployed missiles
     */
    public record PostureTotals(long deployedVehicles, long launchers, long missileWarheads) {
    }
}
