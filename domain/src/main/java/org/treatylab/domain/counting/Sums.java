package org.treatylab.domain.counting;

import org.treatylab.domain.InputException;
import org.treatylab.domain.forces.PostureRow;

/**
 * Exact sums and products of counts: a result that a {@code long} cannot hold is a one-line error naming the row
 * that made it overflow, never a wrapped number and a wrong verdict. Cells are bounded at read time
 * ({@link PostureRow#MAX_COUNT}), so this is reached only by many very large rows.
 */
final class Sums {
    private Sums() {
    }

    static long add(long total, long value, PostureRow r, String quantity) {
        try {
            return Math.addExact(total, value);
        } catch (ArithmeticException e) {
            throw tooLarge(r, quantity);
        }
    }

    static long times(long a, long b, PostureRow r, String quantity) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw tooLarge(r, quantity);
        }
    }

    private static InputException tooLarge(PostureRow r, String quantity) {
        return new InputException(r.origin() + ": " + quantity + " of " + r.system() + " makes the total larger than "
                + Long.MAX_VALUE + "; counts this large are not arms");
    }
}
