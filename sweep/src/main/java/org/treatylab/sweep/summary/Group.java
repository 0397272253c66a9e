package org.treatylab.sweep.summary;

import java.util.List;

/**
 * One group of a summary table: the values of its group-by columns, the band of each output and the frequencies.
 */
public record Group(List<Object> key, List<Band> bands, List<Frequency> frequencies) {

    public Group {
        key = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(key));
        bands = List.copyOf(bands);
        frequencies = List.copyOf(frequencies);
    }
}
