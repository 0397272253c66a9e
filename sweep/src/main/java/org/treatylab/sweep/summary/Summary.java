package org.treatylab.sweep.summary;

import java.util.List;

/**
 * What a sweep found: the job, its drawn inputs, the bands and frequencies of its tables and, for a sensitivity
 * job, the Sobol indices. The same on every engine for a seed.
 *
 * @param parties sides A and B of a stability or talks job
 * @param evaluations evaluations summarised
 */
public record Summary(String job, String kind, long seed, long evaluations, List<String> parties,
        List<InputView> inputs, List<Table> tables, List<Sensitivity> sensitivity) {

    public Summary {
        parties = List.copyOf(parties);
        inputs = List.copyOf(inputs);
        tables = List.copyOf(tables);
        sensitivity = List.copyOf(sensitivity);
    }

    /** One drawn input: its column, what it is, its distribution and where that comes from. */
    public record InputView(String column, String label, String distribution, double low, double high,
            String source, String rationale) {
    }
}
