package org.treatylab.negotiation.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** Per-agent means over the sessions an agent played, in any role (ANAC-style scoring). */
final class Summaries {
    private Summaries() {
    }

    static List<AgentSummary> of(List<String> agents, List<SessionRecord> records) {
        List<AgentSummary> out = new ArrayList<>();
        for (String agent : agents.stream().distinct().toList()) {
            int n = 0;
            int agreements = 0;
            int withNash = 0;
            double score = 0;
            double welfare = 0;
            double pareto = 0;
            double nash = 0;
            for (SessionRecord r : records) {
                for (int role = 0; role < r.parties(); role++) {
                    if (!r.agents().get(role).equals(agent)) {
                        continue;
                    }
                    n++;
                    score += r.scores().get(role);
                    agreements += r.isAgreement() ? 1 : 0;
                    welfare += r.welfare();
                    pareto += r.paretoDistance();
                    if (r.nashDistance().isPresent()) {
                        withNash++;
                        nash += r.nashDistance().getAsDouble();
                    }
                }
            }
            out.add(new AgentSummary(agent, n, n == 0 ? 0 : score / n, n == 0 ? 0 : (double) agreements / n,
                    n == 0 ? 0 : welfare / n, n == 0 ? 0 : pareto / n,
                    withNash == 0 ? OptionalDouble.empty() : OptionalDouble.of(nash / withNash)));
        }
        out.sort(Comparator.comparingDouble(AgentSummary::meanScore).reversed().thenComparing(AgentSummary::agent));
        return out;
    }
}
