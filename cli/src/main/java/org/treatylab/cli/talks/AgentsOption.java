package org.treatylab.cli.talks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.cli.common.Values;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;

/** Parses {@code US=boulware,RU=conceder} into party to agent name (the talks door checks the names). */
final class AgentsOption {
    private AgentsOption() {
    }

    static Map<Party, String> parse(String text) {
        Map<Party, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--agents: expected PARTY=AGENT pairs like US=boulware,RU=conceder, got '"
                        + part.trim() + "'");
            }
            out.put(Values.party("--agents", part.substring(0, eq)), part.substring(eq + 1).trim());
        }
        return out;
    }
}
