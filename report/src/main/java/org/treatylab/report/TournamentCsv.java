package org.treatylab.report;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.app.negotiation.TournamentView;

/**
 * A tournament's CSV file, one row per session: the same bytes from the CLI's file and the server's download. It has
 * {@code agent_*}, {@code profile_*} and {@code utility_*} columns per role (a, b, c, ... up to the most parties of
 * any session; blank for sessions with fewer).
 */
public final class TournamentCsv {
    private TournamentCsv() {
    }

    public static String of(TournamentView r) {
        int parties = r.sessions().stream().mapToInt(s -> s.agents().size()).max().orElse(2);
        List<String> header = new ArrayList<>(List.of("session", "scenario", "repetition"));
        for (String prefix : List.of("agent_", "profile_")) {
            for (int i = 0; i < parties; i++) {
                header.add(prefix + role(i));
            }
        }
        header.addAll(List.of("seed", "end", "agreement", "rounds"));
        for (int i = 0; i < parties; i++) {
            header.add("utility_" + role(i));
        }
        header.addAll(List.of("welfare", "pareto_distance", "nash_distance", "outcome"));
        Csv t = new Csv(header.toArray(new String[0]));
        for (TournamentView.TournamentSession s : r.sessions()) {
            List<Object> row = new ArrayList<>(List.of(s.session(), s.scenario(), s.repetition()));
            for (List<?> perRole : List.of(s.agents(), s.profiles())) {
                padded(row, perRole, parties);
            }
            row.addAll(List.of(s.seed(), s.end(), s.agreement(), s.rounds()));
            padded(row, s.utilities(), parties);
            row.add(s.welfare());
            row.add(s.paretoDistance());
            row.add(s.nashDistance());
            row.add(s.outcome());
            t.row(row.toArray());
        }
        return t.text();
    }

    private static void padded(List<Object> row, List<?> perRole, int parties) {
        for (int i = 0; i < parties; i++) {
            row.add(i < perRole.size() ? perRole.get(i) : "");
        }
    }

    /** The column suffix of role {@code i}: a, b, c, ... then p27, p28, .... */
    private static String role(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : "p" + (i + 1);
    }
}
