package org.treatylab.sweep.model;

import java.util.List;

/**
 * A model prepared for a sweep: its drawn inputs, its outputs, and workers that compute them. The model is
 * immutable and shared; each thread (or Spark task) uses its own {@link Worker}.
 */
public interface Model {

    /** The drawn inputs, in draw order: a row draws one uniform number per slot, in this order. */
    List<Slot> slots();

    /** The numeric outputs of one evaluation, in column order. */
    List<String> outputs();

    /** The text outputs of one evaluation (after the numeric ones), e.g. the talks' agreed terms; none by default. */
    default List<String> textOutputs() {
        return List.of();
    }

    /** A worker for one thread. */
    Worker worker();

    /** Computes the outputs of evaluations; not thread-safe. */
    interface Worker {
        /** Takes the drawn values of one row (one per slot); the grid points of that row follow. */
        void inputs(double[] values);

        /**
         * Computes the outputs at one grid point of the current row into {@code out} (NaN for an output that has
         * no value, e.g. the ceiling of talks that did not agree).
         *
         * @param point the grid point's values, in the job's grid order
         * @param text the text outputs, null where there is none
         */
        void compute(Object[] point, double[] out, String[] text);
    }
}
