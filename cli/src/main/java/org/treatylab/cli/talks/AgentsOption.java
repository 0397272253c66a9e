package org.treatylab.cli.talks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.cli.UserError;
import org.treatylab.domain.Party;
import org.treatylab.negotiation.agent.Agents;

/** Parses {@code US=boulware,RU=conceder} into party to agent name, checking both. */
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
                throw UserError.badInput("--agents: expected PARTY=AGENT pairs like US=boulware,RU=conceder, got '"
                        + part.trim() + "'");
            }
            Party p;
            try {
                p = Party.parse(part.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw UserError.badInput("--agents: " + e.getMessage());
            }
            String name = part.substring(eq + 1).trim();
            if (Agents.byName(name).isEmpty()) {
                throw UserError.badInput("--agents: unknown agent '" + name + "' (known: " + String.join(", ",
                        Agents.names()) + ")");
            }
            out.put(p, name);
        }
        return out;
    }
}
