package org.treatylab.sweep.summary;

import java.util.List;

/** One summary table of a job: its groups in grid order. */
public record Table(List<String> groupBy, List<String> outputs, List<Double> percentiles, List<Group> groups) {

    public Table {
        groupBy = List.copyOf(groupBy);
        outputs = List.copyOf(outputs);
        percentiles = List.copyOf(percentiles);
        groups = List.copyOf(groups);
    }
}
