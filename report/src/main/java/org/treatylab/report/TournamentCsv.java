package org.treatylab.report;

import org.treatylab.app.negotiation.TournamentView;

/** A tournament's CSV file, one row per session: the same bytes from the CLI's file and the server's download. */
public final class TournamentCsv {
    private TournamentCsv() {
    }

    public static String of(TournamentView r) {
        Csv t = new Csv("session", "scenario", "repetition", "agent_a", "agent_b", "profile_a", "profile_b", "seed",
                "end", "agreement", "rounds", "utility_a", "utility_b", "welfare", "pareto_distance", "nash_distance",
                "outcome");
        for (TournamentView.TournamentSession s : r.sessions()) {
            t.row(s.session(), s.scenario(), s.repetition(), s.agents().get(0), s.agents().get(1), s.profiles().get(0),
                    s.profiles().get(1), s.seed(), s.end(), s.agreement(), s.rounds(), s.utilities().get(0),
                    s.utilities().get(1), s.welfare(), s.paretoDistance(), s.nashDistance(), s.outcome());
        }
        return t.text();
    }
}
