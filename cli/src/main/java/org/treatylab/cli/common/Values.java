package org.treatylab.cli.common;

import org.treatylab.app.foundation.Inputs;
import org.treatylab.domain.Party;

/** Values read from the command line, each problem bad input (exit 2) naming the value. */
public final class Values {
    private Values() {
    }

    /** A party: US, USA, RU, USSR, Russia, CN, China or PRC in any case; null stays null. */
    public static Party party(String text) {
        return Inputs.party(null, text);
    }

    /** A party, the message prefixed with the option that gave it (e.g. {@code --play}). */
    public static Party party(String option, String text) {
        return Inputs.party(option, text);
    }
}
