package org.treatylab.sweep.job;

import java.io.Serializable;
import java.util.List;

/**
 * One dimension of a job's grid: a name the model knows ({@code ceiling}, {@code rule}, ...) and its values, each a
 * whole number or a text. Every evaluation of a row is repeated at every point of the grid (the product of the
 * dimensions).
 */
public record GridDimension(String name, List<Object> values) implements Serializable {

    public GridDimension {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("grid dimension '" + name + "' has no values");
        }
        for (Object v : values) {
            if (!(v instanceof Long) && !(v instanceof String)) {
                throw new IllegalArgumentException("grid values are whole numbers or texts, got " + v);
            }
        }
    }

    /** True when every value is a whole number. */
    public boolean isNumeric() {
        return values.stream().allMatch(v -> v instanceof Long);
    }
}
