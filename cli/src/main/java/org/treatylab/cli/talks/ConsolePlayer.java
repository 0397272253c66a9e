package org.treatylab.cli.talks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.talks.RankedTerms;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksState;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

/**
 * A person plays one delegation at the console, in a talks session of the talks door (the same session the HTTP
 * API drives): at each turn they see their own value of the offer on the table, the history and the time left
 * (dated), and answer with an offer, an acceptance or an end.
 */
final class ConsolePlayer {
    private final TalksDoor door;
    private final String id;
    private final ScenarioView scenario;
    private final BufferedReader in;
    private final PrintWriter out;
    private List<RankedTerms> lastList = List.of();

    ConsolePlayer(TalksDoor door, String id, ScenarioView scenario, BufferedReader in, PrintWriter out) {
        this.door = door;
        this.id = id;
        this.scenario = scenario;
        this.in = in;
        this.out = out;
    }

    /** Plays until the talks are over; returns their evaluated result. */
    TalksRun play() {
        TalksState st = door.session(id).state();
        while (!st.over()) {
            show(st);
            st = turn(st);
        }
        return st.result();
    }

    private void show(TalksState st) {
        int round = st.round();
        out.printf("%n== Round %d of %d, %s: %d rounds and %d days left before the deadline %s%n", round, st.rounds(),
                st.date(), st.rounds() - round, st.daysLeft(), st.deadline());
        List<TalksState.TalksMove> h = st.history();
        for (TalksState.TalksMove m : h.subList(Math.max(0, h.size() - 6), h.size())) {
            out.printf("   %s %s %s%n", m.date(), m.party(), describe(m));
        }
        if (st.offerOnTable() != null) {
            out.printf("On the table (from %s): %s%n   your value %s (no treaty: %s)%n", st.offerOnTable().by(),
                    Texts.terms(st.offerOnTable().terms()), Texts.u(st.offerOnTable().yourValue()),
                    Texts.u(st.yourReservation()));
        } else {
            out.printf("No offer on the table yet. Your value of no treaty: %s%n", Texts.u(st.yourReservation()));
        }
    }

    /** Reads commands until one is a move; returns the state after it. */
    private TalksState turn(TalksState st) {
        while (true) {
            out.print("Your move as " + st.play() + " ([a]ccept, [o]ffer k=v ..., [b]est N, [p]ick K, [e]nd, [h]elp): ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                out.println("(end of input: ending the talks)");
                return door.end(id);
            }
            try {
                TalksState next = command(line.strip(), st);
                if (next != null) {
                    return next;
                }
            } catch (TreatyLabException e) {
                if (e.kind() != ErrorKind.BAD_INPUT) {
                    throw e;
                }
                out.println("  " + e.getMessage());
            }
        }
    }

    private TalksState command(String cmd, TalksState st) {
        if (cmd.isEmpty() || cmd.equals("h") || cmd.equals("help")) {
            out.println("  a            accept the offer on the table");
            out.println("  o k=v ...    offer: the offer on the table (or your last) with these changes, e.g.");
            out.println("               o warheads=1550 deployed_launchers=700 missile_defense=preamble");
            out.println("  b N          list your N best outcomes with your value of each");
            out.println("  p K          offer item K of the last list");
            out.println("  e            end the talks without agreement");
            out.println("  issues: " + scenario.issues().stream().map(i -> i.id() + " " + i.values()).toList());
            return null;
        }
        if (cmd.equals("a")) {
            return door.accept(id);
        }
        if (cmd.equals("e")) {
            return door.end(id);
        }
        if (cmd.startsWith("b")) {
            lastList = door.session(id).best(number(cmd.substring(1).strip(), 10));
            for (int i = 0; i < lastList.size(); i++) {
                out.printf("  %d. %s  your value %s%n", i + 1, Texts.terms(lastList.get(i).terms()),
                        Texts.u(lastList.get(i).yourValue()));
            }
            return null;
        }
        if (cmd.startsWith("p")) {
            int k = number(cmd.substring(1).strip(), -1);
            if (k < 1 || k > lastList.size()) {
                throw bad("pick a number from 1 to " + lastList.size() + " (list with 'b N')");
            }
            return offered(door.offer(id, lastList.get(k - 1).options()), st);
        }
        if (cmd.startsWith("o")) {
            Map<String, String> changes = new LinkedHashMap<>();
            for (String kv : cmd.substring(1).strip().split("\\s+")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw bad("expected issue=value, got '" + kv + "'");
                }
                changes.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            return offered(door.offer(id, changes), st);
        }
        throw bad("unknown move '" + cmd + "' (h for help)");
    }

    /** Says what the person offered (its value), from the history after the move. */
    private TalksState offered(TalksState after, TalksState before) {
        TalksState.TalksMove mine = after.history().get(before.history().size());
        out.printf("  offering: %s (your value %s)%n", Texts.terms(mine.terms()), Texts.u(mine.yourValue()));
        return after;
    }

    private static String describe(TalksState.TalksMove m) {
        return switch (m.move()) {
            case "offer" -> "offers " + Texts.terms(m.terms());
            case "accept" -> "accepts";
            default -> "ends the talks";
        };
    }

    private static int number(String s, int dflt) {
        if (s.isEmpty()) {
            return dflt;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw bad("expected a number, got '" + s + "'");
        }
    }

    private static TreatyLabException bad(String message) {
        return new TreatyLabException(ErrorKind.BAD_INPUT, message);
    }
}
