package org.treatylab.negotiation.preference;

import java.util.List;

/**
 * A non-additive term for linked issues (ANAC 2014 nonlinear profiles): it adds {@code utility} to an outcome that
 * lies inside every bound ({@code inside = true}, GENIUS's INCLUDES) or outside at least one ({@code inside = false},
 * EXCLUDES). With no bounds an including rectangle covers every outcome.
 */
public record HyperRectangle(List<Bound> bounds, double utility, boolean inside) {
    public HyperRectangle {
        bounds = List.copyOf(bounds);
        if (!Double.isFinite(utility)) {
            throw new IllegalArgumentException("hyper-rectangle utility: expected a finite number, got " + utility);
        }
        if (bounds.isEmpty() && !inside) {
            throw new IllegalArgumentException("an excluding hyper-rectangle needs at least one bound");
        }
    }

    public static HyperRectangle including(double utility, Bound... bounds) {
        return new HyperRectangle(List.of(bounds), utility, true);
    }
}
