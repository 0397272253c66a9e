package org.treatylab.sweep.model;

import java.io.Serializable;
import java.util.Objects;

/** One column of a sweep's results: its name and whether it holds whole numbers, numbers or texts. */
public record Column(String name, Type type) implements Serializable {

    /** The value types of result columns. */
    public enum Type {
        LONG, DOUBLE, TEXT
    }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
