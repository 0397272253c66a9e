package org.treatylab.domain.counting;

import org.treatylab.domain.InputException;
import org.treatylab.domain.forces.PostureRow;

/** The weapons assigned to each deployed bomber of a row, required by rules that count them. */
final class BomberWeapons {
    private BomberWeapons() {
    }

    static long assigned(PostureRow r, String rules) {
        if (r.deployed() == 0) {
            return 0;
        }
        if (r.weaponsPerBomber() == null) {
            throw new InputException(r.origin() + ": " + rules + " counting needs 'weapons_per_bomber' for "
                    + r.system());
        }
        return r.weaponsPerBomber();
    }
}
